namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The three leaders signed in turn": a counted group's signing with no object, after the document is named, signs it as the
/// meeting's people when they are as many as the group counts (see CountedGroupSignedBare).
/// </summary>
public class CountedGroupSignedBareTests
{
    private const string Story = """
        SELVA, May 4 (Wire) - President Ivo Marten of Kestia, President Dana Holt of Vessia and Prime Minister Rui Sola of Norland met in Selva on Monday for a summit on river trade.

        At the summit they concluded the Selva River Treaty, which opens the upper river to shipping.

        """;

    [Fact]
    public void ACountedGroupSigningWithNoObjectSignsTheDocumentToldBefore()
    {
        var d = TestArticles.Extract(Story + "The three leaders signed in turn at a table in the old town hall.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:ivo-marten", "person:dana-holt", "person:rui-sola" })
            Assert.True(d.Has("SIGNED", person, treaty.Id), $"{person}\n" + d.Dump());
    }

    [Fact]
    public void AGroupCountingFewerThanTheMeetingsPeopleSignsNobody()
    {
        var d = TestArticles.Extract(Story + "The two leaders signed in turn at a table in the old town hall.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:rui-sola", treaty.Id), d.Dump());
    }
}
