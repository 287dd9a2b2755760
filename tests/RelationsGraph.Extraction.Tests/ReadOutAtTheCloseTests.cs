namespace RelationsGraph.Extraction.Tests;

/// <summary>A joint or final text read out at a gathering is its product; a reader after the fact makes nothing.</summary>
public class ReadOutAtTheCloseTests
{
    private const string Summit = "meeting:2025-economic-community-of-west-african-states-summit";

    [Fact]
    public void AFinalCommuniqueReadOutAtTheSummitWasProducedByIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Leaders of the Economic Community of West African States held a summit in Lomé on Friday.
            Reading the final communiqué late in the evening, commission chief Adama Kouyaté said border posts would reopen.
            """);
        var communique = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", Summit, communique.Id), d.Dump());
    }

    [Fact]
    public void AJointStatementReadOutByTheHostWasProducedByTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Leaders of the Economic Community of West African States held a summit in Lomé on Friday.
            The host, Togolese President Kodjo Amegah, read out the joint statement to reporters after the talks.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", Summit, statement.Id), d.Dump());
    }

    // "In their final communiqué, the leaders said": the closing text its makers speak in is the gathering's product.
    [Fact]
    public void AFinalCommuniqueTheLeadersSpokeInWasProducedByTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Leaders of the Economic Community of West African States held a summit in Port Rennick on Friday.
            In their final communiqué, the leaders said the border posts along the Vessa river would reopen.
            """);
        var communique = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", Summit, communique.Id), d.Dump());
    }

    [Fact]
    public void OnlyAClosingTextSpokenInCounts()
    {
        Assert.True(Agreements.ReadOutAtTheClose.SpokenIn(Tokens("In the closing statement , the ministers said"), 1, 3));
        Assert.False(Agreements.ReadOutAtTheClose.SpokenIn(Tokens("In the joint statement , the ministers said"), 1, 3));
        Assert.False(Agreements.ReadOutAtTheClose.SpokenIn(Tokens("They pressed for the final communiqué"), 3, 5));
    }

    [Fact]
    public void OnlyAJointOrFinalTextCounts()
    {
        Assert.False(Agreements.ReadOutAtTheClose.At(Tokens("Officials read the treaty aloud ."), 2, 3));
        Assert.True(Agreements.ReadOutAtTheClose.At(Tokens("She read out the final communiqué ."), 3, 5));
        Assert.False(Agreements.ReadOutAtTheClose.At(Tokens("Having read the final communiqué , analysts said"), 2, 4));
    }

    private static List<Text.Token> Tokens(string text) => Text.Tokenizer.Tokenize(text);
}
