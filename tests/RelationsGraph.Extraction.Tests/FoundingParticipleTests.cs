namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the treaty establishing the X Union": a document noun followed by a founding participle and its object is a document
/// described by what it founds, not a pointer back to the last document of its kind (see FoundingParticiple).
/// </summary>
public class FoundingParticipleTests
{
    [Fact]
    public void TreatyEstablishingABodyIsADocumentApartFromATitledTreaty()
    {
        var d = TestArticles.Extract("""
            date 1961-04-12 MARLOW, April 12 -- Belgium and France signed the Treaty of Marlow on Wednesday.

            The treaty establishing the Velorian Customs Union still governs trade between the two.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        Assert.Contains(agreements, a => a.Name.EndsWith("treaty establishing the Velorian Customs Union", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFoundingClauseNamesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 1961-04-12 MARLOW, April 12 -- Belgium, France and Italy signed two treaties in Marlow on Wednesday.

            The treaty establishing the Velorian Customs Union abolishes duties among the three.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("establishing the Velorian Customs Union", StringComparison.Ordinal));
    }

    [Fact]
    public void ParticipleObjectStopsAtTheClauseVerb()
    {
        var d = TestArticles.Extract("""
            date 1983-03-09 Ostrava, March 9 -- Foreign ministers Karel Dvorak of Czechoslovakia and Anton Weber of Austria signed a treaty renouncing armed reprisals in Ostrava on Wednesday.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.EndsWith("treaty renouncing armed reprisals", treaty.Name);
    }

    [Fact]
    public void TheSameFoundingClauseToldAgainIsOneDocument()
    {
        var d = TestArticles.Extract("""
            date 1975-05-28 Velo, May 28 -- Fifteen West African states signed a treaty creating the Coastal Economic Community in Velo on Wednesday.

            Under the treaty creating the Coastal Economic Community, tariffs will fall over fifteen years.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ABareTreatyDescribedLaterByItsFoundingClauseIsOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-07-06 Velo, July 6 -- The presidents of Ostrava and Veloria signed a treaty in Velo on Saturday.

            The treaty establishing the Coastal Confederation sets up a common parliament and a joint bank.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
