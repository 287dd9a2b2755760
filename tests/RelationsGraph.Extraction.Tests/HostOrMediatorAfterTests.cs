namespace RelationsGraph.Extraction.Tests;

/// <summary>"Finland, which hosted the talks", "thanked Norway for hosting": a host told after its name is no side of the document (HostOrMediatorAfter).</summary>
public class HostOrMediatorAfterTests
{
    [Fact]
    public void ACountryWhoseRelativeClauseSaysItHostedIsNoParty()
    {
        var d = TestArticles.Extract("""
            Neighbours adopt river charter

            date 2023-09-12 TALVEN - Estonia and Latvia signed the Varna River Charter on Tuesday in Talven after a week of talks.

            The charter replaces the 1982 Kessel Fisheries Treaty, which Finland, whose government hosted the original negotiations, never joined.
            """);
        var kessel = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel"));
        Assert.False(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
    }

    [Fact]
    public void ACountryThankedForHostingIsNoParty()
    {
        var d = TestArticles.Extract("""
            Neighbours adopt river charter

            date 2023-09-12 TALVEN - Estonian minister Rein Tamsalu thanked Norway for hosting the talks and said the 1982 Kessel Fisheries Treaty of Estonia and Latvia had served both well.
            """);
        var kessel = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel"));
        Assert.False(d.Has("PARTY_TO", "country:no", kessel.Id), d.Dump());
    }

    [Fact]
    public void ACountryTheDocumentIsMadeWithStaysASideThoughItHosted()
    {
        var d = TestArticles.Extract("""
            Neighbours adopt river charter

            date 2023-09-12 TALVEN - Estonia signed the Varna River Charter with Latvia, which hosted the ceremony in Talven on Tuesday.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ee", charter.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", charter.Id), d.Dump());
    }
}
