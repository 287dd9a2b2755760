namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A ceasefire recalled by the clause after it that tells who made it ("the truce that A and B signed in May", "an earlier
/// ceasefire, agreed in Varo") is a document of its own, not the meeting's product, and only the clause's subject names
/// its sides; a truce wished for or one that merely held is none (see CeasefireMadeInItsClause).
/// </summary>
public class CeasefireMadeInItsClauseTests
{
    [Fact]
    public void ATruceRecalledByItsRelativeClauseIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2021-09-14 President Ousmane Bakary of Guinea met President Femi Adeyanju of Nigeria in Conakry on Tuesday.
            The talks were possible only because of a truce that Guinea and Sierra Leone signed in Kindia on 2 March.
            """);
        var truce = Assert.Single(d.OfType("Agreement"), a => a.Kind == "ceasefire");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == truce.Id);
        Assert.True(d.Has("PARTY_TO", "country:sl", truce.Id), d.Dump());
    }

    [Fact]
    public void ASetOffParticipleMakesACeasefireButItsMediatorsAreNoSides()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20 President Amadou Sall of Mali received Prime Minister Kofi Asante of Ghana in Bamako on Monday.
            An earlier ceasefire for the northern hills, negotiated with Ghanaian and Togolese help in 2017, soon collapsed.
            """);
        var ceasefire = Assert.Single(d.OfType("Agreement"), a => a.Kind == "ceasefire");
        Assert.False(d.Has("PARTY_TO", "country:tg", ceasefire.Id), d.Dump());
    }

    [Fact]
    public void ATruceWishedForOrThatHeldIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20 President Amadou Sall of Mali received Prime Minister Kofi Asante of Ghana in Bamako on Monday.
            The envoys spoke of the truce that they hope to secure before the rains.
            The ceasefire that held through the spring ended in April.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "ceasefire");
    }
}
