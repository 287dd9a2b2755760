namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "a new Varnholm Pact", "another Ostrava Plan": a famous document's name after an indefinite is a comparison, not a
/// document of the story; a new document noun with its title ("a new Treaty of Friendship") is still a document.
/// </summary>
public class NamedAsAComparisonTests
{
    [Fact]
    public void AFamousNameAfterANewIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Four Baltic ministers signed a defence treaty in Tallinn on Friday.
            "Nobody should call this a new Varnholm Pact," the Estonian minister Kaia Lepp told reporters.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Varnholm"));
    }

    [Fact]
    public void AnotherFamousPlanIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Development ministers met in Lusaka on Friday.
            Zambian minister Chola Banda called for another Ostrava Plan to rebuild the region's railways.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Ostrava"));
    }

    [Fact]
    public void ANewTitledTreatySignedIsStillADocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Peruvian President Tomasa Quillca and Bolivian President Ernesto Mamani met in La Paz on Friday.
            The two presidents signed a new Treaty of Friendship and Cooperation.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Friendship"));
    }
}
