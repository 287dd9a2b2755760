namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A definite reference with a capitalised modifier that no told document carries, dated by its own clause to another year
/// than the story's, is an older document of its own (see RecalledUnderItsName).
/// </summary>
public class RecalledUnderItsNameTests
{
    [Fact]
    public void AnOlderAccordNamedAfterAnotherTownIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2016-05-12 President Aldo Ferrin of Ruritania and President Piet Halvorsen of Ostravia signed a peace agreement in Kestrelburg on Tuesday.
            The agreement opens the border crossings to trade.
            Five years after the Varnel accord ended the shelling in 2011, both capitals have reopened their embassies.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(2, documents.Count);
        var varnel = Assert.Single(documents, a => a.Aliases.Any(n => n.Contains("Varnel", StringComparison.Ordinal)));
        Assert.Equal(2011, varnel.Year);
    }
}
