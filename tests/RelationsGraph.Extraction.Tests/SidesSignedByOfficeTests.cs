namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The leaders of A, B and C signed it": each listed state is a side, whether or not its office-holder is named; and
/// "signed up to the text" is a signing of the document told before.
/// </summary>
public class SidesSignedByOfficeTests
{
    private const string Opening = """
        date 2023-05-08 Andean leaders adopted a declaration on river pollution at a summit in La Paz on Monday, hosted by Bolivia's President Luis Arce.

        """;

    [Fact]
    public void EveryStateOfALongListSignedUpToTheTextIsASide()
    {
        var d = TestArticles.Extract(Opening +
            "Leaders and envoys of Bolivia, Peru, Ecuador, Colombia, Chile, Argentina, Paraguay, Uruguay, Venezuela and Brazil all signed up to the text, officials said.");
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "bo", "pe", "ec", "co", "cl", "ar", "py", "uy", "ve", "br" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", declaration.Id), iso + "\n" + d.Dump());
    }

    [Fact]
    public void TheTextIsADocumentOnlyWhereItIsSigned()
    {
        var d = TestArticles.Extract(Opening + "The text of the speech by Peru's foreign minister was posted online.");
        Assert.Single(d.OfType("Agreement"));
    }
}
