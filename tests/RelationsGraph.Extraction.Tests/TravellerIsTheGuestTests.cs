namespace RelationsGraph.Extraction.Tests;

/// <summary>An official whose own clause has them travel to the dateline's country, or come from another, is a guest there.</summary>
public class TravellerIsTheGuestTests
{
    [Fact]
    public void AnOfficialWhoFlewInFromAnotherCapitalIsNotGivenTheHostsCountry()
    {
        var d = TestArticles.Extract("""
            date 2005-04-11

            NAIROBI, April 11 (Wire) - Kenya hosted the talks at which the two factions signed a ceasefire on Monday.
            President Tomas Ferreira Lindo, who flew in from Asuncion on Sunday, addressed the delegates.
            """);
        Assert.False(d.Has("REPRESENTS", "person:tomas-ferreira-lindo", "country:ke"), d.Dump());
    }

    [Fact]
    public void AnOfficialWhoDidNotTravelToTheHostsCapitalIsNotTheHosts()
    {
        var d = TestArticles.Extract("""
            date 2005-04-11

            NAIROBI, April 11 (Wire) - Kenya hosted the talks at which the two factions signed a ceasefire on Monday.
            Prime Minister Daniel Okello Marsh did not travel to Nairobi and made no comment.
            """);
        Assert.False(d.Has("REPRESENTS", "person:daniel-okello-marsh", "country:ke"), d.Dump());
    }

    [Fact]
    public void AHostWhoWelcomesAnArrivingGuestKeepsTheHostsCountry()
    {
        var d = TestArticles.Extract("""
            date 2005-04-11

            NAIROBI, April 11 (Wire) - Kenya and Paraguay signed a trade accord on Monday.
            Foreign Minister Daniel Okello Marsh welcomed President Tomas Ferreira Lindo, who arrived in Nairobi on Sunday.
            Trade Minister Grace Wanjiru Kamau said the visitors would fly to Mombasa on Tuesday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:daniel-okello-marsh", "country:ke"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:grace-wanjiru-kamau", "country:ke"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:tomas-ferreira-lindo", "country:ke"), d.Dump());
    }
}
