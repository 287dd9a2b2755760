namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document the story only recalls, with no side in its sentences, is a principal country's only when the text names that
/// country (or its people) in the document's sentence or next to it.
/// </summary>
public class PrincipalNamedNearARecalledDocumentTests
{
    private const string Story = """
        date 2023-05-10 Nepal and Bhutan signed a hydropower trade agreement in Thimphu on Tuesday after talks between Prime Minister Tenzin Dorji and Prime Minister Hari Gurung.

        Nepal and Bhutan agreed to link their grids by 2026. Nepal will build a substation and Bhutan a line.

        The ceremony took place in an old assembly hall on the river bank. Guests were served tea in the courtyard afterwards.

        """;

    [Fact]
    public void ATreatyRecalledFarFromThePairIsNotTheirs()
    {
        var d = TestArticles.Extract(Story + "Guides like to point out that the Treaty of Korvala of 1961 is painted on one of its walls. The murals date from the same decade. Tourists now visit the building on weekends.");
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Korvala"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == treaty.Id);
    }

    [Fact]
    public void ATreatyRecalledBesideOneOfThePairKeepsOnlyThatSide()
    {
        var d = TestArticles.Extract(Story + "Nepal first sought power from its neighbour in the 1990s. Guides like to point out that the Treaty of Korvala of 1961 is painted on one of the hall's walls. The murals date from the same decade.");
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Korvala"));
        Assert.True(d.Has("PARTY_TO", "country:np", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bt", treaty.Id), d.Dump());
    }
}
