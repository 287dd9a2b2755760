namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B added their signatures for Norland": a signature phrase followed by the side it binds signs the document under
/// discussion (see SigningVerb.ForASide).
/// </summary>
public class SignaturesForASideTests
{
    private const string Lead = """
        date 1988-04-02 ORVIK - Norland and Vestria signed the Orvik Treaty on Friday at the old palace.

        """;

    // Pattern: "added their signatures for Norland, while C signed for Vestria": the pair before the phrase signed too.
    [Fact]
    public void ThePairAddingSignaturesForASideSigned()
    {
        var d = TestArticles.Extract(Lead + "The Norlandic president, Aldo Fenn, and the foreign minister, Mira Holt, added their signatures for Norland, while Karel Dunn, the Vestrian foreign minister, signed for Vestria.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
    }
}
