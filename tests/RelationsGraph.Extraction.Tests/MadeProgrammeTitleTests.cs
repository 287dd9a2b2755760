namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A capitalised Agenda, Strategy or Compact is a document when its title is marked as made (a verb of adopting or signing, a clause saying it was agreed, "under" a Compact), a Consensus when titled or after its year; a bare "agenda" or "strategy" is not.
/// </summary>
public class MadeProgrammeTitleTests
{
    [Fact]
    public void AnAgendaTheSidesAgreedIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 President Orin Valdas met Prime Minister Tessa Korwin in Lantiva on Monday.
            The two leaders reaffirmed the principles of the Harbour Common Agenda that both cabinets agreed in Lantiva last year.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Common Agenda", StringComparison.Ordinal));
    }

    [Fact]
    public void AStrategyAdoptedIsADocumentAPackedAgendaIsNot()
    {
        var d = TestArticles.Extract("""
            date 2019-11-03 Foreign Minister Jalen Moravec met Foreign Minister Ilse Brandvik in Korvenna on Sunday.
            At the talks the two ministers adopted the Northern Coastal Security Strategy.
            The ministers had a packed agenda, and the Brandvik Agenda of reforms was not discussed.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Coastal Security Strategy", StringComparison.Ordinal));
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ACompactTheSidesActUnderIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2022-08-09 President Mirek Talvo met Secretary Anna Ferrow in Portvale on Tuesday.
            The two governments signed a renewed funding memorandum under their Compact of Shared Waters on Tuesday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Compact of Shared Waters", StringComparison.Ordinal));
    }

    [Fact]
    public void AConsensusAfterItsYearIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2015-10-20 President Lio Harmon met President Sen Ducaro in Marisport on Tuesday.
            Harmon asked Ducaro to accept the 1987 Consensus on the strait.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Consensus", StringComparison.Ordinal));
    }
}
