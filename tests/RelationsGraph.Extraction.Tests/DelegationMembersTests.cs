namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Everyone a country's delegation is said to include, or to be led by, speaks for that country ("Chile's delegation
/// included A, B and C", "The American side was led by A, an adviser, and B"); and "Y for the United Kingdom" in a
/// paired list of signers takes the country after its article.
/// </summary>
public class DelegationMembersTests
{
    private const string Lead = "date 2024-05-06 Chile and Peru held talks in Lima on Monday on fishing rights. ";

    [Fact]
    public void APossessiveCountrysDelegationGivesItsMembersTheCountry()
    {
        var d = TestArticles.Extract(Lead + "Chile's delegation included Foreign Minister Tomas Vidal and Senator Pablo Ortiz Vega.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-vidal", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:pablo-ortiz-vega", "country:cl"), d.Dump());
    }

    [Fact]
    public void AnUntitledJointLeaderAfterAnAppositionSpeaksForTheSide()
    {
        var d = TestArticles.Extract(Lead + "The Peruvian side was led by Daniel Rojas Bravo, the deputy trade minister, and Helena Carvajal Soto, the director of fisheries.");
        Assert.True(d.Has("REPRESENTS", "person:helena-carvajal-soto", "country:pe"), d.Dump());
    }

    [Fact]
    public void APersonTheDelegationMetIsNotAMember()
    {
        var d = TestArticles.Extract(Lead + "The Peruvian delegation, led by Daniel Rojas Bravo, met Helena Carvajal Soto on Tuesday.");
        Assert.False(d.Has("REPRESENTS", "person:helena-carvajal-soto", "country:pe"), d.Dump());
    }

    [Fact]
    public void ASignerForTheCountryWithItsArticleInAPairedList()
    {
        var d = TestArticles.Extract("date 1994-12-05 Three powers signed the security guarantees in Budapest on Monday. " +
                                     "Prime Minister Anna Lind signed for Sweden; and Prime Minister Alan Greaves for the United Kingdom.");
        Assert.True(d.Has("REPRESENTS", "person:alan-greaves", "country:gb"), d.Dump());
    }
}
