namespace RelationsGraph.Extraction.Tests;

/// <summary>Speaking before an audience ("addressed a crowd", "an address to the nation") is a speech of its own; addressing an issue is not.</summary>
public class AudienceAddressTests
{
    [Theory]
    [InlineData("addressed a crowd of several thousand people")]
    [InlineData("addressed the plenary")]
    [InlineData("gave a televised address to the nation")]
    [InlineData("addressed some 3,000 students")]
    public void AddressingAnAudienceIsASpeech(string words)
    {
        var d = TestArticles.Extract($"date 2031-03-11 Velorian President Arno Kestrel {words} in Castavel on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:arno-kestrel", speech.Id), d.Dump());
    }

    [Theory]
    [InlineData("addressed the concerns of the people")]
    [InlineData("addressed the question of fishing rights")]
    public void AddressingAnIssueIsNoSpeech(string words)
    {
        var d = TestArticles.Extract($"date 2031-03-11 Velorian President Arno Kestrel {words} in Castavel on Tuesday.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "speech");
    }
}
