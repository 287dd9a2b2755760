using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Years of centuries past (1500 to 1799) are read as years where the text tells a date or a document, never as bare
/// numbers (OldYear, and the full dates of DateResolver).
/// </summary>
public class OldYearTests
{
    private static List<string?> Dates(string sentence, string published) =>
        DateResolver.Find(SentenceSplitter.Split(sentence)[0], DateOnly.Parse(published)).Select(d => d.Value).ToList();

    [Fact]
    public void AFullDateOfAnOldYearKeepsItsYear()
    {
        var values = Dates("On 14 August 1642 the envoys of Varnelia rode into Ostrava Minor.", "2022-08-14");
        Assert.Contains("1642-08-14", values);
        Assert.DoesNotContain("2022-08-14", values);
    }

    [Fact]
    public void ATreatyConcludedInAnOldYearTakesIt()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 Historians met in Velmora on Tuesday to discuss the borders of the old duchies.
            The Treaty of Ostravel was concluded in 1713 by the envoys of the two duchies.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ostravel", StringComparison.Ordinal));
        Assert.Equal(1713, treaty.Year);
    }

    [Fact]
    public void AnOldYearInADocumentsNameIsItsYear()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 Historians met in Velmora on Tuesday to discuss the borders of the old duchies.
            They said the frontier of the region was still the one drawn in the 1662 Treaty of Ostravel.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ostravel", StringComparison.Ordinal));
        Assert.Equal(1662, treaty.Year);
    }
}
