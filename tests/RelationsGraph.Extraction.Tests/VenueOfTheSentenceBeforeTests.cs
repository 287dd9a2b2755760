namespace RelationsGraph.Extraction.Tests;

/// <summary>The one venue set with a locative in a sentence that tells no meeting places the meeting told first in the next sentence.</summary>
public class VenueOfTheSentenceBeforeTests
{
    [Fact]
    public void TheSettingOfTheSentenceBeforePlacesTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-04-18

            Rain fell all morning on the gardens of the Corvane Palace.
            Chilean President Tomas Vierra held talks with Peruvian President Lucia Andraca on Thursday on the shared river border.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:corvane-palace"), d.Dump());
    }
}
