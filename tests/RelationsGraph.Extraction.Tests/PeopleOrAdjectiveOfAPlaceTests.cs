namespace RelationsGraph.Extraction.Tests;

/// <summary>A people named by its plural, or a land's adjective, after a locative is no place; nor are those a memorial honours.</summary>
public class PeopleOrAdjectiveOfAPlaceTests
{
    [Fact]
    public void APeoplesPluralAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 1721-09-10

            Under the truce signed at Korvela, the garrison of the river fort would pass to the Swedes within a month, the envoy Anders Holmqvar wrote.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Swedes"));
    }

    [Fact]
    public void APeopleOfAContinentAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-21

            Foreign Minister Dario Velsko said his government still expects firm pledges from the Europeans before any ceasefire is signed.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Europeans"));
    }

    [Fact]
    public void ThoseAMemorialHonoursAreNoPlaceOfTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2023-11-04

            On arrival, President Marta Oyarzel placed a wreath before the Monument to Heroes and Patriots near the old citadel, then held talks with Prime Minister Tomas Ruvek.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name is "Heroes" or "Patriots");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && (r.To.Contains("heroes") || r.To.Contains("patriots")));
    }

    [Fact]
    public void AKnownTownAfterALocativeIsStillAPlace_Guard()
    {
        var d = TestArticles.Extract("""
            date 2024-05-21

            Foreign Minister Dario Velsko held talks with his Polish counterpart in Krakow on Tuesday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Krakow");
    }
}
