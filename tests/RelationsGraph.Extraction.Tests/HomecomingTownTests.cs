namespace RelationsGraph.Extraction.Tests;

/// <summary>The town a traveller goes home to at the end of a trip is not where the trip's meetings were held, nor is a dateline there.</summary>
public class HomecomingTownTests
{
    [Fact]
    public void TheTownTheVisitorFlewBackToIsNotTheVisitsPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            Talks on the canal levy ended without a deal on Friday.

            President Anton Krevic of Velmoria had held two rounds of talks with President Maria Ostrova at her lakeside residence.

            Mr Krevic flew back to Dravenburg that evening, ending a visit that had lasted under a day.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:anton-krevic", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:dravenburg"));
    }

    [Fact]
    public void TheTownTheTravellerArrivedBackInIsNotWhereTheTalksWereHeld()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            President Anton Krevic arrived back in Dravenburg on Friday, wrapping up a three-day visit during which he held talks with President Maria Ostrova.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maria-ostrova", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:dravenburg"));
    }

    [Fact]
    public void AStoryFiledFromTheTownTheTravellerReturnedToIsFiledFromHome()
    {
        var d = TestArticles.Extract("""
            date 2022-04-06

            TARNOVA, April 6 (Wire) - Prime Minister Lukas Varno returned to Tarnova from Asmarel late on Tuesday carrying a signed declaration on river sharing.

            Varno and President Maria Ostrova held four hours of talks on Tuesday and signed the declaration after lunch.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maria-ostrova", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:tarnova"));
    }

    [Fact]
    public void WithoutAHomecomingTheDatelinePlacesTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2022-04-06

            TARNOVA, April 6 (Wire) - Prime Minister Lukas Varno and President Maria Ostrova held four hours of talks on Tuesday and signed a declaration on river sharing.

            Varno said the talks had been frank.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:tarnova") && d.Has("ATTENDED", "person:maria-ostrova", m.Id));
    }
}
