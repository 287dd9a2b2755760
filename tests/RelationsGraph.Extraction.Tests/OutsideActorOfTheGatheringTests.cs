namespace RelationsGraph.Extraction.Tests;

/// <summary>"X had followed the talks closely", "Y gave the talks her support": a stance towards a gathering is no seat at it.</summary>
public class OutsideActorOfTheGatheringTests
{
    [Fact]
    public void WhoFollowedOrBackedTheTalksFromAfarDidNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2024-03-11 RIGA, March 11 - Estonian Foreign Minister Kaido Rebane and Latvian Foreign Minister Juris Ozols held talks in Riga on Monday on a joint power grid.
            In Brussels, European Commission Vice-President Helmi Santanen had followed the talks closely.
            Swedish Prime Minister Oskar Lindqvist and Finnish President Ilse Marlow have each given the talks their firm backing.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:kaido-rebane", talks.Id));
        Assert.True(d.Has("ATTENDED", "person:juris-ozols", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:helmi-santanen", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:oskar-lindqvist", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:ilse-marlow", talks.Id));
    }
}
