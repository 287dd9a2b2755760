namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A place governed by a verb of arrival or departure ends a leg of the journey: the next leg told after a meeting is not its
/// place, and an arrival told in another clause gives way to any other town (pattern: the scope of a motion verb).
/// </summary>
public class AnotherLegsPlaceTests
{
    [Fact]
    public void TheNextLegAfterAMeetingIsNotItsPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Chilean President Ana Torres received Peruvian Foreign Minister Luis Vega at her residence on Tuesday before flying on to Bolivia.
            """);
        var meeting = d.OfType("Meeting").Single();
        Assert.True(d.Has("ATTENDED", "person:luis-vega", meeting.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", meeting.Id, "country:bo"), d.Dump());
    }

    [Fact]
    public void AJourneyToldAsTheVisitsOwnKeepsItsPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Torres returned the visit in March, travelling to Lima.
            """);
        var visit = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", visit.Id, "place:lima"), d.Dump());
    }

    [Fact]
    public void AnArrivalInAnotherClauseGivesWayToTheTownOfTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Peruvian Foreign Minister Luis Vega, who arrived in Valparaiso on Monday, held talks with Chilean President Ana Torres in Santiago.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "place:santiago"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "place:valparaiso"), d.Dump());
    }

    // The origin of a departure: the country a traveller leaves, with the visit told after it, is where that visit was.
    [Fact]
    public void TheCountryLeftAtTheEndOfAVisitIsWhereTheVisitWas()
    {
        var d = TestArticles.Extract("""
            date 2024-03-14 Brazilian Foreign Minister Paulo Souza left Peru on Thursday after a visit that produced two fisheries accords.
            """);
        var visit = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", visit.Id, "country:pe"), d.Dump());
    }

    // The place left is only a fallback: a town that places the meeting itself wins.
    [Fact]
    public void ThePlaceLeftGivesWayToTheTownOfTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-03-14 Peruvian Foreign Minister Luis Vega left Lima early on Monday and held talks with Chilean President Ana Torres in Santiago.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "place:santiago"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "place:lima"), d.Dump());
    }

    // The destination of a departure: where a traveller leaves for is another leg, not the place of the visit closed after a comma.
    [Fact]
    public void WhereATravellerLeavesForIsNotThePlaceOfTheVisitClosed()
    {
        var d = TestArticles.Extract("""
            date 2024-03-14 Brazilian Foreign Minister Paulo Souza left for Chile on Thursday, ending a three-day visit to Peru.
            """);
        var visit = d.OfType("Meeting").Single();
        Assert.False(d.Has("HELD_IN", visit.Id, "country:cl"), d.Dump());
    }
}
