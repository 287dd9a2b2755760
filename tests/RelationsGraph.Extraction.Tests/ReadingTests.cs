using System.Text;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests;

public class ReadingTests
{
    [Fact]
    public void DateMarkerGivesPublicationDateAndIsNotText()
    {
        var article = TestArticles.Read("date 2024-05-02 Ministers met in Oslo.\n\nThey talked for an hour.");
        Assert.Equal(new DateOnly(2024, 5, 2), article.Published);
        Assert.StartsWith("Ministers met in Oslo.", article.Text);
    }

    [Fact]
    public void DatelineNearTheTopIsMetadata()
    {
        var article = TestArticles.Read("Ministers meet in Oslo\n\nMar 3, 2025, 10:15 am\n\nThe ministers met on Monday.");
        Assert.Equal(new DateOnly(2025, 3, 3), article.Published);
        Assert.Equal("Ministers meet in Oslo", article.Title);
        Assert.DoesNotContain("10:15", article.Text);
    }

    [Fact]
    public void NoDateIsNullNotGuessed()
    {
        var article = TestArticles.Read("Ministers met in Oslo on Monday.");
        Assert.Null(article.Published);
    }

    [Fact]
    public void JsonFieldsAreRead()
    {
        var article = TestArticles.Read("""{"title":"Talks end","text":"The envoys met.","published":"2024-07-09T10:00:00Z","source":"Wire"}""", "a.json");
        Assert.Equal("Talks end", article.Title);
        Assert.Equal(new DateOnly(2024, 7, 9), article.Published);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("The envoys met.", article.Text);
    }

    [Fact]
    public void JsonBodyAsAListOfParagraphsIsRead()
    {
        var article = TestArticles.Read("""{"title":"Talks end","body":["The envoys met in Oslo.",{"text":"They signed a memorandum."},7],"share":["X","Mail"]}""", "a.json");
        Assert.Equal("The envoys met in Oslo.\n\nThey signed a memorandum.", article.Text);
    }

    [Fact]
    public void JsonArticleInsideAResponseEnvelopeIsRead()
    {
        var article = TestArticles.Read("""{"status":"ok","article":{"title":"Talks end","date":"2019-03-02","content":"The envoys met in Lima.","share_urls":{"email":"mailto:"}}}""", "a.json");
        Assert.Equal("Talks end", article.Title);
        Assert.Equal(new DateOnly(2019, 3, 2), article.Published);
        Assert.Equal("The envoys met in Lima.", article.Text);
    }

    [Fact]
    public void JsonBodyHeldInAnObjectKeepsTheTitleAndDateBesideIt()
    {
        var article = TestArticles.Read("""{"title":"Envoys sign","date":"2011-06-04T09:00:00+03:00","source":"Lake Wire","content":{"paragraphs":["The envoys signed a pact in Kigali.","Both sides welcomed it."]}}""", "a.json");
        Assert.Equal("Envoys sign", article.Title);
        Assert.Equal(new DateOnly(2011, 6, 4), article.Published);
        Assert.Equal("Lake Wire", article.Source);
        Assert.Equal("The envoys signed a pact in Kigali.\n\nBoth sides welcomed it.", article.Text);
    }

    [Fact]
    public void JsonArticleAsTheOneItemOfAResultListIsRead()
    {
        var article = TestArticles.Read("""{"totalResults":1,"articles":[{"title":"Talks end","body":"The envoys met in Lima."}]}""", "a.json");
        Assert.Equal("Talks end", article.Title);
        Assert.Equal("The envoys met in Lima.", article.Text);
    }

    [Fact]
    public void JsonArticleBodyOfSchemaOrgIsRead()
    {
        var article = TestArticles.Read("""{"headline":"Talks end","articleBody":"The envoys met."}""", "a.json");
        Assert.Equal("The envoys met.", article.Text);
    }

    [Fact]
    public void HtmlKeepsTheArticleBodyOnly()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2024-01-05T08:00:00Z"><title>T</title></head>
            <body><nav>Home | World | Sign in</nav><article><h1>Envoys meet</h1><p>The envoys met in Geneva.</p></article>
            <footer>About us</footer></body></html>
            """;
        var article = TestArticles.Read(html, "a.html");
        Assert.Equal(new DateOnly(2024, 1, 5), article.Published);
        Assert.Contains("The envoys met in Geneva.", article.Text);
        Assert.DoesNotContain("Home", article.Text);
        Assert.DoesNotContain("About us", article.Text);
    }

    [Fact]
    public void MarkdownFrontMatterAndMarkupAreRemoved()
    {
        var article = TestArticles.Read("---\ntitle: Envoys meet\ndate: 2024-02-10\n---\n# Envoys meet\n\nThe **envoys** met in [Geneva](https://x.org).", "a.md");
        Assert.Equal("Envoys meet", article.Title);
        Assert.Equal(new DateOnly(2024, 2, 10), article.Published);
        Assert.Contains("The envoys met in Geneva.", article.Text);
    }

    [Fact]
    public void Utf16AndWindows1252AreDecoded()
    {
        using var utf16 = new TestArticles.TempFile(".txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("The envoys met in Zürich.")).ToArray());
        Assert.Equal("The envoys met in Zürich.", ArticleReader.Read(utf16.Path).Text);

        // "café" and curly quotes in Windows-1252.
        using var legacy = new TestArticles.TempFile(".txt", [0x93, (byte)'c', (byte)'a', (byte)'f', 0xE9, 0x94, (byte)' ', (byte)'o', (byte)'k', (byte)'.']);
        Assert.Equal("“café” ok.", ArticleReader.Read(legacy.Path).Text);
    }

    [Theory]
    [InlineData(".txt", new byte[0], "empty")]
    [InlineData(".txt", new byte[] { 0x00, 0x01, 0x02, 0x03, 0x10, 0x00, 0xFF, 0x7F, 0x00, 0x05 }, "binary")]
    [InlineData(".txt", new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xC3, 0x28, 0x2E }, "invalid UTF-8")]
    [InlineData(".html", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x3C, 0x2F, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, "HTML without a body")]
    [InlineData(".json", new byte[] { 0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0x78, 0x22, 0x7D }, "JSON without text")]
    [InlineData(".json", new byte[] { 0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A }, "invalid JSON at line 1, position 10")]
    public void BadFilesAreRejectedWithAReason(string extension, byte[] bytes, string reason)
    {
        using var file = new TestArticles.TempFile(extension, bytes);
        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(file.Path));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Sha256IsOfTheCleanedText()
    {
        var a = TestArticles.Read("The envoys met.\n\nprint page\n");
        var b = TestArticles.Read("The envoys met.");
        Assert.Equal(a.Sha256, b.Sha256);
        Assert.Equal(64, a.Sha256.Length);
    }
}
