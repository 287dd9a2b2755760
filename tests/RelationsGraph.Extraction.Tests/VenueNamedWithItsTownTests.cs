namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A building whose name opens with a known town ("the Harbin Exhibition Centre") is a venue, not a region: a sentence telling
/// only where the ceremony was held places it there.
/// </summary>
public class VenueNamedWithItsTownTests
{
    [Fact]
    public void ABuildingNamedAfterItsTownPlacesTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2011-06-14

            The heads of state of China and Kazakhstan, Hu Jintao and Nursultan Nazarbayev, signed a pipeline accord on Tuesday.

            The ceremony itself was held at the Harbin Exhibition Center.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:harbin-exhibition-center");
    }
}
