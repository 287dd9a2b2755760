namespace RelationsGraph.Extraction.Tests;

/// <summary>"at the Stone of Valour", "in the Reed and Lantern": the first word of a longer name is no place of its own.</summary>
public class HeadOfALongerNameTests
{
    [Fact]
    public void TheHeadOfAnOfNameIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao laid a wreath at the Stone of Valour on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Stone");
    }

    [Fact]
    public void TheHeadOfAnAndNameIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao said Mali would take part in the Reed and Lantern.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Reed");
    }

    [Theory]
    [InlineData("Talks went on over the Tarvel and Oskan islands.", false)]
    [InlineData("Mali joined the Tarvel and Oskan.", true)]
    [InlineData("The envoy laid a wreath at the Tarvel of Heroes.", true)]
    [InlineData("The envoy flew to the Tarvel European Council.", false)]
    [InlineData("The envoy flew to the Tarvel Lantern Pagoda.", true)]
    public void OnlyTheHeadOfALongerNameIsCut(string sentence, bool cut)
    {
        var tokens = Extraction.Text.Tokenizer.Tokenize(sentence);
        var at = tokens.FindIndex(t => t.Text == "Tarvel");
        Assert.Equal(cut, Extraction.Entities.HeadOfALongerName.Heads(tokens, at, at + 1, _ => false));
    }
}
