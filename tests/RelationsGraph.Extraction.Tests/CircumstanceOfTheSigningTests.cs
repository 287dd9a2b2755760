namespace RelationsGraph.Extraction.Tests;

/// <summary>A country named in a circumstance phrase of the signing (who invited, before whom, who looked on) is no party.</summary>
public class CircumstanceOfTheSigningTests
{
    // Pattern: "at the invitation of" a third country's office-holder, after the signers.
    [Fact]
    public void TheInvitingCountryIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Tadeusz Wrona and Swedish Foreign Minister Nils Ekdahl signed a fisheries agreement on Tuesday at the invitation of the Danish Prime Minister, Karen Holst.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:dk", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", agreement.Id), d.Dump());
    }

    // Pattern: the last item of a list of office-holders "in the presence of".
    [Fact]
    public void TheLastWitnessOfAListIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Tadeusz Wrona and Swedish Foreign Minister Nils Ekdahl signed a fisheries agreement on Tuesday in the presence of the host, Mayor Ewa Lind, and the then Finnish Prime Minister Matti Aalto.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:fi", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
    }

    // Pattern: a title and name, then a verb of looking on or standing behind.
    [Fact]
    public void ACountryWhoseLeaderLookedOnIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Tadeusz Wrona and Swedish Foreign Minister Nils Ekdahl signed a fisheries agreement on Tuesday as Estonian President Kaja Rand, the chair of the regional council, stood behind them.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:ee", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", agreement.Id), d.Dump());
    }

    // Pattern: a new clause after the circumstance phrase names the sides themselves.
    [Fact]
    public void ASideAfterTheCircumstancePhraseStaysAParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 In the presence of the mayor, Latvia and Lithuania signed a fisheries agreement in Riga on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:lv", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lt", agreement.Id), d.Dump());
    }
}
