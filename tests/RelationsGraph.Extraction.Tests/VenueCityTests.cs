using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A meeting at a venue is held in the city the venue stands in (venue → city).</summary>
public class VenueCityTests
{
    [Fact]
    public void ATownRightAfterTheVenueIsWhereTheMeetingIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson at the Riverside Congress Hall in Gdansk on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:gdansk"), d.Dump());
    }

    [Fact]
    public void AKnownVenueLendsItsCityWhenTheArticleNamesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Tourists have filled the hotels in Rome this spring.
            Polish Prime Minister Donald Tusk held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:rome"), d.Dump());
    }

    // The Great Hall of the People is Beijing's hall of state, where talks and speeches are held as at any palace: a known
    // venue with its city, not a town of its own.
    [Fact]
    public void TheGreatHallOfThePeopleLendsBeijing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Traffic was slow across Beijing on Thursday as delegations arrived.
            On Thursday Ostravian Foreign Minister Arlen Voskov held talks with Chinese Premier Han Liqun at the Great Hall of the People.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:great-hall-of-the-people"), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, "place:beijing"), d.Dump());
    }

    [Fact]
    public void ACityTheArticleNeverNamesIsNotAdded()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi on Thursday.
            """);
        Assert.DoesNotContain(d.Entities, e => e.Id == "place:rome");
    }

    // "held at the Palace of Friendship in Gdansk": a building named by its suffix and an "of" phrase, with no country in its
    // name, was read as a region and dropped; before its town it is the venue, and the meeting keeps both.
    [Fact]
    public void AnOfNamedBuildingBeforeItsTownIsKeptBesideTheTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 The regional summit, held at the Palace of Friendship in Gdansk, was hosted by Polish Prime Minister Donald Tusk on Thursday.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", summit.Id, "place:gdansk"), d.Dump());
        Assert.True(d.Has("HELD_IN", summit.Id, "place:palace-of-friendship"), d.Dump());
    }

    // A guesthouse, castle, villa, residence or chancellery is a venue like a palace or a hall: named beside its town, the
    // meeting is held at both.
    [Theory]
    [InlineData("the Oakmere State Guesthouse", "place:oakmere-state-guesthouse")]
    [InlineData("Brannock Castle", "place:brannock-castle")]
    [InlineData("the Villa Rosmerta", "place:villa-rosmerta")]
    public void AGuesthouseCastleOrVillaIsTheVenueBesideTheTown(string venue, string id)
    {
        var d = TestArticles.Extract($"""
            date 2024-05-10 Polish Foreign Minister Jarek Wilanski held talks with Swedish Foreign Minister Ebba Lindqvar at {venue} in Gdansk on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:gdansk"), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, id), d.Dump());
    }

    /// <summary>The ministers' one meeting at a named tower "in" the given place, already checked to be held at the tower.</summary>
    private static (ExtractionDocument Doc, ExtractedEntity Talks) MetAtKestrinTowerIn(string place)
    {
        var d = TestArticles.Extract($"""
            date 2024-05-10 Polish Foreign Minister Jarek Wilanski met Swedish Foreign Minister Ebba Lindqvar at Kestrin Tower in {place} on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.To.StartsWith("place:kestrin"));
        return (d, talks);
    }

    // A named site that is no palace or hall by its name (here a tower) told with "in" and a town right after it: the
    // meeting placed only at the site is held in that town too.
    [Fact]
    public void ATownAfterANamedSitePlacesTheMeetingThere()
    {
        var (d, talks) = MetAtKestrinTowerIn("Gdansk");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:gdansk"), d.Dump());
    }

    // A small town that shares its name with a state or an island gives no town after a site: "in Florida" is the state here.
    [Fact]
    public void ASmallNamesakeOfAStateAfterASiteIsNoTownOfTheMeeting()
    {
        var (d, talks) = MetAtKestrinTowerIn("Florida");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.To == "place:florida");
    }
}
