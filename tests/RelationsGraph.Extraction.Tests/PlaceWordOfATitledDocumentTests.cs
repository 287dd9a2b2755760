namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A titled document told undated, then in a later note "the X agreement" with a year: the place word of its title names it
/// again under a looser noun (see PlaceWordOfATitledDocument).
/// </summary>
public class PlaceWordOfATitledDocumentTests
{
    [Fact]
    public void ALaterNoteWithThePlaceWordAndAYearNamesTheTitledDocument()
    {
        var d = TestArticles.Extract("""
            The Regent of Ostravia and the envoys of Marvenland signed the Treaty of Varnholm at the abbey, ending the border war.

            By the Treaty of Varnholm, the two crowns restored the old frontier and opened the river to trade.

            Historian's note: The Varnholm agreement, concluded in 1712 after a long siege, held for half a century.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1712, treaty.Year);
    }
}
