namespace RelationsGraph.Extraction.Tests;

/// <summary>Markdown headings and list items keep the blank line above them and read as blocks of their own.</summary>
public class MarkdownBlocksTests
{
    [Fact]
    public void AHeadingAfterABlankLineStartsAParagraph()
    {
        var article = TestArticles.Read("# Visit\n\nThe envoys met in Accra.\n\n## Trade talks\n\nThey discussed cocoa.", "a.md");
        Assert.Contains("The envoys met in Accra.\n\nTrade talks", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EachListItemIsAParagraphOfItsOwn()
    {
        var article = TestArticles.Read("# Visit\n\nThe ministers signed three memoranda:\n\n- **A fisheries memorandum** on quotas.\n- A memorandum on ports.\n", "a.md");
        Assert.Contains("memoranda:\n\nA fisheries memorandum on quotas.\n\nA memorandum on ports.", article.Text, StringComparison.Ordinal);
    }
}
