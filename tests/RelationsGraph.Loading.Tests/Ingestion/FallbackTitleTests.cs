using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Tests.Ingestion;

public sealed class FallbackTitleTests
{
    [Fact]
    public void A_headline_is_kept()
    {
        Assert.Equal("Leaders meet", FallbackTitle.For("Leaders meet", "Some text."));
    }

    [Fact]
    public void Without_a_headline_the_opening_line_is_the_caption()
    {
        Assert.Equal("Ministers of three states met in Accra on Monday.",
            FallbackTitle.For(null, "\n  Ministers of three   states met in Accra on Monday.\nSecond line."));
    }

    [Fact]
    public void A_long_opening_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = "The foreign ministers of the member states of the regional bloc gathered in the capital to discuss the draft charter";
        var title = FallbackTitle.For(" ", text)!;
        Assert.True(title.Length <= FallbackTitle.MaxLength + 1, title);
        Assert.EndsWith("…", title);
        Assert.StartsWith(title[..^1], text);
        Assert.Equal(' ', text[title.Length - 1]);
    }

    [Fact]
    public void Empty_text_gives_no_caption()
    {
        Assert.Null(FallbackTitle.For(null, " \n "));
    }
}
