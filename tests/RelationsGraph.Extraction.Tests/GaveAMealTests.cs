namespace RelationsGraph.Extraction.Tests;

/// <summary>"X gave a state banquet for Y": giving a meal is hosting it, so its giver hosts and the one it is for is the guest.</summary>
public class GaveAMealTests
{
    private const string Visit = """
        date 2025-03-11

        Ostravian President Teodor Valisk arrived in Korvino for a three-day state visit on Tuesday.
        The visit is the first by an Ostravian head of state in a decade.
        In the evening President Marta Selenko gave a state dinner in honour of her visitor at the Amber Palace.
        """;

    [Fact]
    public void TheVisitorIsTheGuestOfADinnerToldAsGiven()
    {
        var d = TestArticles.Extract(Visit);
        var dinner = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.Equal("host", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:marta-selenko" && r.To == dinner.Id).Role);
        Assert.True(d.Has("ATTENDED", "person:teodor-valisk", dinner.Id), d.Dump());
    }

    [Fact]
    public void TheGiverHostsAndTheOneTheLunchIsForIsTheGuest()
    {
        var d = TestArticles.Extract("date 2025-03-12 Prime Minister Lenka Dravic gave a lunch for Ostravian Foreign Minister Pavel Horak at the Amber Palace on Wednesday.");
        var lunch = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.Equal("host", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:lenka-dravic" && r.To == lunch.Id).Role);
        Assert.Equal("guest", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:pavel-horak" && r.To == lunch.Id).Role);
    }

    /// <summary>Guard (passes with the rule off too): two leaders who hold a working lunch share it, neither hosts.</summary>
    [Fact]
    public void AHeldWorkingLunchMakesNoHost()
    {
        var d = TestArticles.Extract("date 2025-03-12 Prime Minister Lenka Dravic and Ostravian Foreign Minister Pavel Horak held a working lunch at the Amber Palace on Wednesday.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.Role == "host");
    }
}
