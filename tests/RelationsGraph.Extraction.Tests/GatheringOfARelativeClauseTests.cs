namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "stayed on after the summit for talks with X on Friday, at which the two governments signed ...": a making relative
/// clause tells what the gathering named right before it made, not the other gathering the sentence names first (see
/// GatheringOfARelativeClause).
/// </summary>
public class GatheringOfARelativeClauseTests
{
    [Fact]
    public void TheTalksTheClauseHangsOnMadeTheAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Leaders of the Volta Basin Union held their summit in Accra on Thursday, with Ghanaian President Kofi Mensah Adjei as host.

            Kenyan President Joseph Wanjiru Otieno remained in Accra after the summit for an official visit to Ghana, holding talks with Adjei on Friday at which the two governments signed an agreement on river fisheries.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        Assert.Contains("joseph-wanjiru-otieno", producer.From, StringComparison.Ordinal);
        Assert.DoesNotContain("summit", producer.From, StringComparison.Ordinal);
    }
}
