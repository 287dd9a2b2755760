namespace RelationsGraph.Extraction.Tests;

/// <summary>A document the story reports concluded, with no meeting noun nor signer at a meeting, comes out of the story's gathering.</summary>
public class StoryMeetingProducesTests
{
    [Fact]
    public void ADocumentSignedByMinistersAfterTheTalksComesOutOfTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2025-03-18 President Gabriel Boric of Chile held talks with Prime Minister Mark Carney of Canada in Ottawa on Tuesday.

            Several documents were exchanged. Among them was a memorandum on critical minerals, signed by Chilean Mining Minister Aurora Williams and Canadian Natural Resources Minister Tim Hodgson.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", meeting.Id, memorandum.Id), d.Dump());
    }

    [Fact]
    public void ARecalledDocumentIsNoProductOfTheStorysMeeting()
    {
        var d = TestArticles.Extract("""
            date 2025-03-18 President Gabriel Boric of Chile held talks with Prime Minister Mark Carney of Canada in Ottawa on Tuesday.

            The two countries signed a free trade agreement in 1996, which both leaders praised.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
