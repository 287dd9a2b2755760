namespace RelationsGraph.Extraction.Tests;

/// <summary>"took place on the orders of Sultan X and Crown Prince Y": the principals of a mandate are not in the room.</summary>
public class ActsUnderAnotherTests
{
    [Fact]
    public void ThePeopleOnWhoseOrdersTheTalksTookPlaceDidNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2024-05-06 MUSCAT, May 6 - Yemeni Foreign Minister Shaya al-Zindani and Saudi envoy Mohammed Al Jaber held talks in Muscat on Sunday.
            The meeting took place on the orders of Sultan Haitham bin Tariq and Crown Prince Theyazin bin Haitham, an Omani official said.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:shaya-al-zindani", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:haitham-bin-tariq", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:theyazin-bin-haitham", talks.Id));
    }
}
