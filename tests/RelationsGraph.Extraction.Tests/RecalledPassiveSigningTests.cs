namespace RelationsGraph.Extraction.Tests;

/// <summary>The bare past passive of a signing verb, with a place and a calendar date in figures, is an earlier signing of its own, kept apart from the day's.</summary>
public class RecalledPassiveSigningTests
{
    [Fact]
    public void AnInitiallingToldByItsCalendarDayIsItsOwnSigning()
    {
        var d = TestArticles.Extract("""
            SALZBURG, June 9, 2021 - The transport ministers of Austria and Slovenia, Petra Lindner and Marko Zupan, signed the Karawanken Rail Treaty in Salzburg on Wednesday.
            The texts were initialled in Linz on 14 April after two years of haggling over freight tolls.
            """);
        var initialling = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:linz"));
        Assert.False(d.Has("HELD_IN", initialling.Id, "place:salzburg"), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:petra-lindner", initialling.Id), d.Dump());
    }

    [Fact]
    public void AnEarlierProtocolInAnUndatedStoryStaysApartFromTheDaysSigning()
    {
        var d = TestArticles.Extract("""
            Transport ministers Petra Lindner of Austria and Marko Zupan of Slovenia signed the Karawanken Rail Treaty in Salzburg on Wednesday.
            A first protocol had been signed in Linz on Nov. 3, yet the toll dispute kept the rest of the text open for months.
            """);
        var earlier = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:linz"));
        Assert.False(d.Has("ATTENDED", "person:petra-lindner", earlier.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:salzburg") && !d.Has("HELD_IN", m.Id, "place:linz"));
    }
}
