namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A name of several words before a plural document noun, or a capitalised plural with its own "of" name, titles one set
/// of documents ("the Velmora Lake accords", "the Treaties of Brenmark"); a bare plural is no title (see NamedPluralDocuments).
/// </summary>
public class NamedPluralDocumentsTests
{
    [Fact]
    public void ATwoWordNameBeforeALowerCasePluralTitlesOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 President Tomas Orvieda of Peru met President Jaime Castelbranco of Chile in Lima on Tuesday.
            Both leaders praised the Velmora Lake accords, signed by Peru and Chile in 1931.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Velmora Lake accords"));
    }

    [Fact]
    public void ACapitalisedPluralWithItsOwnOfNameIsOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 President Tomas Orvieda of Peru met President Jaime Castelbranco of Chile in Lima on Tuesday.
            Historians still call the settlement of 1880 the Treaties of Brenmark.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Treaties of Brenmark"));
    }

    [Fact]
    public void ANameBeforeLowerCaseTreatiesTitlesThemToo()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 President Tomas Orvieda of Peru met President Jaime Castelbranco of Chile in Lima on Tuesday.
            Both leaders praised the Ostravel treaties, signed by Peru and Chile in 1931.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ostravel treaties"));
    }

    [Fact]
    public void ABarePluralIsNoTitle()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 President Tomas Orvieda of Peru met President Jaime Castelbranco of Chile in Lima on Tuesday.
            Both leaders praised the treaties their countries had kept since 1931.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("treaties", StringComparison.OrdinalIgnoreCase));
    }
}
