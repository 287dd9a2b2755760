namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the so-called pact signed last March between A and B": a naming phrase whose own clause dates it to another year than the
/// story's document names a document of its own (see AgreementClusterer.DatedApart).
/// </summary>
public class RenamingDatedApartTests
{
    [Fact]
    public void ASoCalledDocumentOfAnotherYearStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2023-06-14 Foreign ministers Ilse Marwick of Norland and Tomas Varga of Estavia signed a fisheries agreement in Port Keller on Wednesday.
            Marwick called the agreement a reply to the so-called memorandum that Ostria and Valdonia had signed last November.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        Assert.Contains(agreements, a => a.Year == 2022);
    }

    [Fact]
    public void ASoCalledNameWithoutAYearOfItsOwnStillRenames()
    {
        var d = TestArticles.Extract("""
            date 2023-06-14 Foreign ministers Ilse Marwick of Norland and Tomas Varga of Estavia signed a fisheries agreement in Port Keller on Wednesday.
            Fishermen on both coasts already speak of the so-called Keller Pact.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
