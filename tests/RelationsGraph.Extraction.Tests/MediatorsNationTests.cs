namespace RelationsGraph.Extraction.Tests;

/// <summary>"signed under Norwegian mediation", "Swiss mediators drew it up": a nation's word before a mediator's noun names the broker, no side (MediatorsNation).</summary>
public class MediatorsNationTests
{
    [Fact]
    public void ACountryWhoseAdjectiveQualifiesMediationIsNoParty()
    {
        var (d, kessel) = Renewal("the text drafted with Norwegian mediation in 1982");
        Assert.False(d.Has("PARTY_TO", "country:no", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
    }

    [Fact]
    public void ACountryWhoseMediatorsDrewUpTheTextIsNoParty()
    {
        var (d, kessel) = Renewal("the text Swiss mediators drew up in 1982");
        Assert.False(d.Has("PARTY_TO", "country:ch", kessel.Id), d.Dump());
    }

    /// <summary>One renewal story; its last clause tells how the renewed treaty was drawn up.</summary>
    private static (Model.ExtractionDocument, Model.ExtractedEntity) Renewal(string howDrawnUp)
    {
        var d = TestArticles.Extract($"""
            Neighbours renew river pact

            date 2023-09-12 TALVEN - Estonia and Latvia agreed on Tuesday to extend the Kessel Fisheries Treaty, {howDrawnUp}.
            """);
        return (d, Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel")));
    }
}
