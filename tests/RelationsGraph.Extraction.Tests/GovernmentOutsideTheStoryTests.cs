namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A capital that speaks, acts or is addressed, in a story that never names its state, makes no mention; the host of a
/// gathering stays a place.
/// </summary>
public class GovernmentOutsideTheStoryTests
{
    [Fact]
    public void ACapitalAddressedFromAfarIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14

            Chilean President Marta Oyarzel and Peruvian President Rodrigo Sarmieth signed a fisheries pact in Colquenta on Monday.

            The pact also carried a message for Canberra, a diplomat said.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Canberra");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Name == "Australia");
    }

    [Fact]
    public void CapitalsLookingOnAreNoPlacesButAHostIs()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14

            Chilean President Marta Oyarzel and Peruvian President Rodrigo Sarmieth signed a fisheries pact in Colquenta on Monday, with Canberra and Wellington watching closely.

            Ottawa will host the next round of the fisheries talks in June.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name is "Canberra" or "Wellington");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Ottawa");
    }
}
