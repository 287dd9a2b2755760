namespace RelationsGraph.Extraction.Tests;

/// <summary>An untitled document's short topic runs through an "and" joining two bare fields ("on science and technology").</summary>
public class TopicConjunctTests
{
    [Fact]
    public void ACoordinatedFieldRunsThroughItsAnd()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania signed an agreement on scientific and technical cooperation in Varsk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("scientific and technical cooperation", agreement.Name);
    }

    [Fact]
    public void AnAdjectiveAfterTheFirstWordOfTheConjunctIsKept()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania signed a memorandum on storing and protecting classified records during talks in Varsk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("storing and protecting classified records", agreement.Name);
    }

    [Fact]
    public void AnotherDocumentAfterTheAndStillEndsTheTopic()
    {
        // Guard: passes with the rule off as well.
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania signed a memorandum on fisheries and letters of intent on rail links in Varsk on Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("fisheries and letters"));
    }

    [Fact]
    public void AVerbAfterTheAndEndsTheTopic()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("an agreement on fisheries and pledged further talks");
        Assert.Equal(-1, Agreements.TopicConjunct.End(tokens, 2, 4));
        var field = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("an agreement on fisheries and aquaculture was signed");
        Assert.Equal(6, Agreements.TopicConjunct.End(field, 2, 4));
    }
}
