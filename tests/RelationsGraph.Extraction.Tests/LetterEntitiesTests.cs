namespace RelationsGraph.Extraction.Tests;

/// <summary>HTML5's named letters beyond HTML 4 ("&amp;emacr;", "&amp;ccaron;") are decoded, so a name written with them stays whole.</summary>
public class LetterEntitiesTests
{
    [Fact]
    public void MacronAndCaronLettersAreDecodedInTheBody()
    {
        const string html = """
            <html><head><title>T</title></head>
            <body><article><p>Tonga's Prime Minister Sione Tēvita met Mirko Ra&ccaron;an in Vailoa.</p></article></body></html>
            """;
        var article = TestArticles.Read(html.Replace("Tēvita", "T&emacr;vita"), "a.html");
        Assert.Contains("Sione Tēvita met Mirko Račan in Vailoa.", article.Text);
    }

    [Fact]
    public void APersonNamedWithAMacronEntityIsOnePerson()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2023-05-02T08:00:00Z"><title>T</title></head>
            <body><article><p>APIA, 2 May 2023 - Samoa's Prime Minister Lupe Tauāfiti Sāleva signed the fisheries agreement with Fiji on Tuesday.</p></article></body></html>
            """;
        var d = TestArticles.Extract(html.Replace("ā", "&amacr;"), "a.html");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Lupe Tauāfiti Sāleva");
    }
}
