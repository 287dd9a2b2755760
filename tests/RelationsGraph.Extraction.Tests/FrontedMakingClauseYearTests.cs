namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "In a joint statement released after their talks, the premiers renewed a dialogue begun in 2019": the making clause of a
/// reference inside a phrase that opens the sentence ends at that phrase's comma, so a date of the main clause does not date
/// the document (DocumentYear.FrontedMakingClauseEnd). The reduced relative after another noun ("the ferry link opened in
/// 2019") is tested with ClauseOfAnotherNoun.
/// </summary>
public class FrontedMakingClauseYearTests
{
    [Fact]
    public void ADateOfTheMainClauseDoesNotDateTheDocumentOfAFrontedPhrase()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Estonian Prime Minister Kaja Vello hosted Finnish Prime Minister Oskari Lind in Tallinn on Monday.

            In a joint statement released after their talks, the two premiers renewed the maritime dialogue begun in 2019.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2019);
    }

    [Fact]
    public void AnAsideSetOffByItsOwnCommasStillDatesTheDocument()
    {
        // Guard: passes with the rule on or off (the aside ", signed by A, B and C on 3 June 1975," is left whole).
        var d = TestArticles.Extract("""
            date 1981-05-02 Officials in Andorra la Vella recalled the old arrangements on Saturday.

            Under that older pact, signed by Spain, France and Portugal on 3 June 1975, the valley passed to a joint council.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 1975);
    }
}
