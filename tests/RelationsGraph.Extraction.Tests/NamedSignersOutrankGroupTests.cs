namespace RelationsGraph.Extraction.Tests;

/// <summary>Once a document's signers are named, "the two leaders signed it" means them, not everyone at the meeting.</summary>
public class NamedSignersOutrankGroupTests
{
    [Fact]
    public void TheMinistersAtTheMeetingDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Chilean President Gabriel Boric and Argentine President Javier Milei held talks in Santiago on Monday, joined by Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Diana Mondino.

            Boric and Milei signed a treaty on mountain passes at the meeting.

            The two leaders signed the treaty in the palace courtyard.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:gabriel-boric", treaty.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From is "person:alberto-van-klaveren" or "person:diana-mondino");
    }
}
