namespace RelationsGraph.Extraction.Tests;

/// <summary>The officials a story lists as a leader's travelling party, with their titles told in appositions.</summary>
public class TravellingPartyTests
{
    [Fact]
    public void EachTitleInAListOfAppositionsIntroducesTheNameAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2011-03-02

            PARIS, March 2 (Wire) - The Chilean president arrived on Tuesday for talks with President Nicolas Sarkozy.
            The Chilean president was joined by her foreign minister, Rodrigo Valdes Ortiz, the defence minister, Ana Lucia Brenner, and the mining minister, Tomas Huerta, who met their counterparts.
            """);
        Assert.True(d.Has("REPRESENTS", "person:rodrigo-valdes-ortiz", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ana-lucia-brenner", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:tomas-huerta", "country:cl"), d.Dump());
    }

    [Fact]
    public void APortfolioRunningOnInCapitalsStaysTheNamesOwnTitle()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02

            QUITO, May 2 (Wire) - Ecuador will open its market to more imports.
            The envoy met Pedro Salinas Vera, the Minister of Production, Foreign Trade and Fisheries, on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Foreign Trade");
        Assert.True(d.Has("REPRESENTS", "person:pedro-salinas-vera", "country:ec"), d.Dump());
    }

    [Fact]
    public void AMemberOfTheVisitingDelegationIsNotGivenTheHostsCountry()
    {
        var d = TestArticles.Extract("""
            date 2000-06-12

            RIYADH, June 12 (Wire) - Saudi Arabia and Yemen will sign a border treaty this week, officials said.
            President Ali Abdullah Saleh of Yemen flew in on Sunday.
            Saleh landed with an entourage including Prime Minister Karim Omar Haidar.
            """);
        Assert.False(d.Has("REPRESENTS", "person:karim-omar-haidar", "country:sa"), d.Dump());
    }

    [Fact]
    public void AnOfficialTheVisitorCallsOnAfterThePartyIsToldKeepsTheHostsCountry()
    {
        var d = TestArticles.Extract("""
            date 2023-01-05

            KATHMANDU, Jan 5 (Wire) - Nepal and India will build a new cross-border transmission line.
            Jaishankar, accompanied by Foreign Secretary Vinod Kumar Rao, then called on President Hari Prasad Gautam.
            """);
        Assert.True(d.Has("REPRESENTS", "person:hari-prasad-gautam", "country:np"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:vinod-kumar-rao", "country:np"), d.Dump());
    }
}
