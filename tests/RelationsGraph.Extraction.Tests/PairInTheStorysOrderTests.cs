namespace RelationsGraph.Extraction.Tests;

/// <summary>Two holders of a plural office, neither placed, told in the order the story keeps for its two countries.</summary>
public class PairInTheStorysOrderTests
{
    [Fact]
    public void APairUnderAPluralOfficeFollowsTheOrderTheCountriesWereCoordinatedIn()
    {
        var d = TestArticles.Extract("""
            date 1999-03-08

            VIENTIANE, March 8 (Wire) - Laos and Thailand signed a border accord on Monday after ten years of talks.
            The accord was prepared last week by Defence Ministers Somchai Vongsavanh and Prasert Kittiwong, officials said.
            """);
        Assert.True(d.Has("REPRESENTS", "person:somchai-vongsavanh", "country:la"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:prasert-kittiwong", "country:th"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:prasert-kittiwong", "country:la"), d.Dump());
    }

    [Fact]
    public void TwoLegislatorsUnderAPluralTitleAreNotSplitBetweenTheCountries()
    {
        var d = TestArticles.Extract("""
            date 1999-03-08

            VIENTIANE, March 8 (Wire) - Laos and Thailand signed a border accord on Monday after ten years of talks.
            The accord was welcomed by Senators Somchai Vongsavanh and Prasert Kittiwong, officials said.
            """);
        Assert.False(d.Has("REPRESENTS", "person:prasert-kittiwong", "country:th"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:somchai-vongsavanh", "country:la"), d.Dump());
    }
}
