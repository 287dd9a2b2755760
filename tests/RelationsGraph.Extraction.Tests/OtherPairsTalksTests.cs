namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks of other people the same day are another encounter, not more of the talks already told.</summary>
public class OtherPairsTalksTests
{
    [Fact]
    public void TwoPairsMeetingTheSameDayAreTwoMeetings()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Marta Solis held talks with Peruvian President Hugo Arce at the government palace on Tuesday.
            Chilean Foreign Minister Ana Robles and her Peruvian counterpart Luis Pardo met at the foreign ministry on Tuesday.
            """);
        var leaders = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:hugo-arce", m.Id));
        Assert.False(d.Has("ATTENDED", "person:ana-robles", leaders.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:luis-pardo", m.Id));
    }

    [Fact]
    public void TheTalksToldAgainStillTakeTheirDelegations()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Marta Solis held talks with Peruvian President Hugo Arce at the government palace on Tuesday.
            Chilean Foreign Minister Ana Robles and her Peruvian counterpart Luis Pardo attended the talks.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ana-robles", talks.Id), d.Dump());
    }
}
