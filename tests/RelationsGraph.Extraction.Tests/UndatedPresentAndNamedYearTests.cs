namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// News copy writes no year for the current one ("on Monday", "Nov. 18") and writes a year only for another: in a story with
/// no publication date, a signing told with a present time word and one told with a written year are different events, even
/// when they share a signer, so the recalled one neither joins nor dates the one reported.
/// </summary>
public class UndatedPresentAndNamedYearTests
{
    [Fact]
    public void ASigningInAWrittenYearIsNotTheSigningOnMonday()
    {
        var d = TestArticles.Extract("""
            Valdorian Prime Minister Aron Kessel and Marovian Prime Minister Ilse Brandvold on Monday signed a border treaty in Tessin.
            The accord settles the line along the Orla river.
            Kessel had signed a fisheries accord with Ostrian Prime Minister Piet Lammers in Dravo in March 1961.
            """);
        var monday = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilse-brandvold", m.Id));
        Assert.False(d.Has("ATTENDED", "person:piet-lammers", monday.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:piet-lammers", m.Id) && m.Id != monday.Id);
    }

    [Fact]
    public void WithoutAWrittenYearTheSignerStaysAtOneSigning()
    {
        var d = TestArticles.Extract("""
            Valdorian Prime Minister Aron Kessel and Marovian Prime Minister Ilse Brandvold on Monday signed a border treaty in Tessin.
            The accord settles the line along the Orla river.
            Kessel also signed a fisheries annex with Brandvold.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aron-kessel", m.Id));
    }
}
