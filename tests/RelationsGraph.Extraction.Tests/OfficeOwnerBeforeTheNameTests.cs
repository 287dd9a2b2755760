namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An office told before the name with its owner in front ("Country's ... minister, X"): a service's chief, two portfolios
/// joined by "and", a country whose name holds "and", and a rank between the office and a known name.
/// </summary>
public class OfficeOwnerBeforeTheNameTests
{
    [Fact]
    public void AServicesChiefServesTheCountryThatOwnsIt()
    {
        var d = TestArticles.Extract("The meeting was opened by Ghana's intelligence chief, Kofi Adjei-Mensah, who read the agenda.");
        Assert.True(d.Has("REPRESENTS", "person:kofi-adjei-mensah", "country:gh"), d.Dump());
    }

    [Fact]
    public void AChiefWithNoOwnerGetsNoCountryFromTheTitle()
    {
        var d = TestArticles.Extract("The police chief, Tomas Brandl, read the agenda to the visiting ministers.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:tomas-brandl");
    }

    [Fact]
    public void TwoPortfoliosJoinedByAndShareTheOwner()
    {
        var d = TestArticles.Extract("Peru's mining and energy minister, Rosa Quispe Huaman, told the forum that exports would grow.");
        Assert.True(d.Has("REPRESENTS", "person:rosa-quispe-huaman", "country:pe"), d.Dump());
    }

    [Fact]
    public void ClauseWordsBeforeAndAreNoPortfolio()
    {
        var d = TestArticles.Extract("They held talks and trade minister Ilse Varga said the mood was good.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("talks"));
    }

    [Fact]
    public void ACountryWhoseNameHoldsAndOwnsTheOffice()
    {
        var d = TestArticles.Extract("Trinidad and Tobago's foreign minister, Dana Ramsaran, arrived on Friday for the talks.");
        Assert.True(d.Has("REPRESENTS", "person:dana-ramsaran", "country:tt"), d.Dump());
    }

    [Fact]
    public void ARankBetweenTheOfficeAndAKnownNameIsNoPerson()
    {
        var d = TestArticles.Extract("Myanmar's army chief General Min Aung Hlaing received the delegation in the capital.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "General");
    }
}
