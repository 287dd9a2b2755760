namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "initialled the agreed text", "signed the final text": a text told as settled is the document signed, as a bare "the text"
/// is (see AgreementMentionFinder.TextObjectStart); a draft text is not.
/// </summary>
public class AgreedTextSignedTests
{
    [Fact]
    public void TheAgreedTextInitialledIsTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Norway and Chile concluded the Kessel Fisheries Accord in Oslo on Thursday.
            Shortly after midnight Marit Holvik, director of the Norwegian fisheries ministry, and Tomas Errazal, the Chilean envoy, initialled the agreed text.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:marit-holvik", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:tomas-errazal", accord.Id), d.Dump());
    }

    [Fact]
    public void TheDraftTextInitialledIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Norway and Chile held fisheries talks in Oslo on Thursday.
            Marit Holvik, director of the Norwegian fisheries ministry, and Tomas Errazal, the Chilean envoy, initialled the draft text.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAliasInTheSubjectsAppositionKeepsItASigner()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Norway and Chile concluded the Kessel Fisheries Accord in Oslo on Thursday.
            Shortly after midnight Marit Holvik, director of the Norwegian fisheries ministry, and Tomas Errazal, the Chilean negotiator better known as Don Tomas, signed the accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-errazal", accord.Id), d.Dump());
    }
}
