namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The foreign ministers, A and B, signed alongside them": a bare signing verb followed by a preposition of company names
/// no document of its own, so its subject signed the document the story is telling; and of the documents told before it,
/// one already told as signed outranks one only reached or accepted that was named in passing since.
/// </summary>
public class BareSigningReferentTests
{
    [Fact]
    public void SubjectOfASigningAlongsideOthersSignsTheStorysDocument()
    {
        var d = TestArticles.Extract("""
            Veldmark and Oristan sign friendship treaty

            KORSBY (Harbour Wire) — President Tomas Arvelund of Veldmark and President Idris Kamaro of Oristan signed the Korsby Treaty of Friendship on Friday at the old customs house.

            The foreign ministers, Lena Struve and Yusuf Adeyemo-Kan, signed alongside them.

            The treaty opens the frontier to trade for the first time in forty years.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Korsby Treaty", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:tomas-arvelund", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:lena-struve", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yusuf-adeyemo-kan", treaty.Id), d.Dump());
    }

    [Fact]
    public void BareSigningGoesOnWithTheDocumentToldAsSignedNotOneNamedInPassing()
    {
        var d = TestArticles.Extract("""
            Leaders sign declaration on river truce

            COTONOU (Harbour Wire) — President Tomas Arvelund of Ghana and the leaders of Togo and Benin signed a declaration in support of the Mono river truce on Monday.

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
