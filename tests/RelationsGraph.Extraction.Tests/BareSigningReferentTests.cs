namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Of the documents told before a bare signing verb, one already told as signed outranks one named in passing since.
/// </summary>
public class BareSigningReferentTests
{
    [Fact]
    public void BareSigningGoesOnWithTheDocumentToldAsSignedNotOneNamedInPassing()
    {
        var d = TestArticles.Extract("""
            Leaders sign declaration on river truce

            COTONOU (Harbour Wire) — President Tomas Arvelund of Ghana and the leaders of Togo and Benin signed a declaration on Monday backing the truce on the Mono river.

            The two militias concluded the Mono River Ceasefire Agreement last week after talks brokered by Benin in the same town.

            President Idris Kamaro of Togo signed first, and Prime Minister Elsa Vintner of Benin signed last.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("declaration", StringComparison.OrdinalIgnoreCase));
        var ceasefire = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ceasefire", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:idris-kamaro", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:elsa-vintner", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:idris-kamaro", ceasefire.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:elsa-vintner", ceasefire.Id), d.Dump());
    }
}
