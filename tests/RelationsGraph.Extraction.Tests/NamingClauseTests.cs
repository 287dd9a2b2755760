namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A naming clause after a title ("X, as the document is formally titled") or a remembering verb ("history remembers it as X")
/// gives the document already told its name: no second document.
/// </summary>
public class NamingClauseTests
{
    [Fact]
    public void ATrailingAsTheDocumentIsTitledClauseNamesTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 Border truce signed in Maseru

            The presidents of Lesotho and Botswana signed a truce in Maseru on Monday, ending weeks of skirmishes.

            The Caledon Valley Truce Agreement, as the text is officially known, sets up joint patrols along the river.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Caledon Valley Truce Agreement"));
    }

    [Fact]
    public void RememberingItAsANameRenamesTheDocumentJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2019-03-01 Thirty years ago the foreign ministers of Peru and Chile signed the Agreement on Fisheries Cooperation in the Pacific in Arica.

            Fishermen on both sides remember it as the Arica Accord.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
