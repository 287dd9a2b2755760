namespace RelationsGraph.Extraction.Tests;

/// <summary>"in the Polish Hall of the castle": a nationality word before a room's noun names the room, not the country.</summary>
public class NationalityRoomTests
{
    [Fact]
    public void TheNationalityAndTheRoomAreOnePlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi signed the grazing accord in the Portuguese Hall of the old fortress on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Portuguese Hall");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Hall");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:pt");
    }

    [Fact]
    public void ALongerNameRunsOn()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao thanked the Portuguese Room Trust for its grant on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Portuguese Room");
    }
}
