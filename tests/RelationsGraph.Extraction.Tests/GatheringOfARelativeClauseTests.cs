namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "stayed on for talks with X on Friday, at which both delegations signed ...": a making relative
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

            Kenyan President Joseph Wanjiru Otieno stayed on in Accra past the summit for a working visit to Ghana, holding talks with Adjei on Friday at which both governments signed an agreement on river fisheries.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        Assert.Contains("joseph-wanjiru-otieno", producer.From, StringComparison.Ordinal);
        Assert.DoesNotContain("summit", producer.From, StringComparison.Ordinal);
    }
}
