namespace RelationsGraph.Extraction.Tests;

/// <summary>Which document a signing verb is about, when a sentence names more than one.</summary>
public class SignatoryTests
{
    [Fact]
    public void SignedByNamesTheSignersOfTheDocumentBeforeItOnly()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Portuguese Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez issued a joint statement in Lisbon on Monday.
            The statement upholds the 1998 water agreement signed by Antonio Guterres and Jose Maria Aznar, which the joint statement praised as a model.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Year == 1998);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Year == 2025);
        Assert.True(d.Has("SIGNED", "person:antonio-guterres", convention.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:antonio-guterres", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:jose-maria-aznar", statement.Id), d.Dump());
    }

    [Fact]
    public void AnActiveVerbSignsItsOwnObjectNotAnEarlierDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-09-10 After the 2015 trade agreement lapsed, Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a new treaty in Lima on Tuesday.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Kind == "treaty");
        Assert.True(d.Has("SIGNED", "person:gabriel-boric", treaty.Id), d.Dump());
        foreach (var other in d.OfType("Agreement").Where(a => a.Id != treaty.Id))
            Assert.False(d.Has("SIGNED", "person:gabriel-boric", other.Id), d.Dump());
    }
}
