namespace RelationsGraph.Extraction.Tests;

/// <summary>"spokesman X confirmed that ...", "..., minister Y wrote": the one who tells of a gathering is not placed at it by the telling.</summary>
public class ToldOfTheEventTests
{
    [Fact]
    public void SpokesmanWhoConfirmedTheTalksIsNoParticipant()
    {
        var d = TestArticles.Extract("""
            date 2025-03-06 PORT ALDEN, March 6 - Valdorian President Mirela Ostrana will hold talks with Kestrel Prime Minister Tobin Varga in Port Alden on Friday, presidential spokesman Corin Delacour confirmed on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mirela-ostrana", talks.Id));
        Assert.True(d.Has("ATTENDED", "person:tobin-varga", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:corin-delacour", talks.Id));
    }

    [Fact]
    public void MinisterWhoWroteOfTheSigningOnlineIsNoParticipant()
    {
        var d = TestArticles.Extract("""
            date 2025-03-06 PORT ALDEN, March 6 - The fisheries accord was signed this morning at Harbour House by Valdorian President Mirela Ostrana and Kestrel Prime Minister Tobin Varga, Trade Minister Anselm Pruitt wrote on social media.
            """);
        Assert.True(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:mirela-ostrana"));
        Assert.False(d.Relationships.Any(r => r.Type is "ATTENDED" or "SIGNED" && r.From == "person:anselm-pruitt"));
    }
}
