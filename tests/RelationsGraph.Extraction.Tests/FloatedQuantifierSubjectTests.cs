namespace RelationsGraph.Extraction.Tests;

/// <summary>"A, B and C each signed it": a quantifier floated off the named subject leaves the names its signers (see ObjectlessSigning.BeforeTheVerb).</summary>
public class FloatedQuantifierSubjectTests
{
    private const string Lead = """
        Three river states adopt lagoon treaty

        date 2024-05-15 VAROSA - The lasting text of the Varosa meeting is the Varosa Lagoon Treaty, a short paper on fishing rights.

        """;

    [Fact]
    public void NamesBeforeEachSignedTheDocumentToldBefore()
    {
        var d = TestArticles.Extract(Lead + """
            Oduro-Mensah, Kpelime and Dogbevi each signed it.
            Ghanaian Foreign Minister Kwabena Oduro-Mensah had proposed the text, which Togolese Foreign Minister Yawo Kpelime and Beninese Foreign Minister Afi Dogbevi then took up.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:kwabena-oduro-mensah", "person:yawo-kpelime", "person:afi-dogbevi" })
            Assert.True(d.Has("SIGNED", person, treaty.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void BothAfterTwoNamesSignsBoth()
    {
        var d = TestArticles.Extract(Lead + """
            Ghanaian Foreign Minister Kwabena Oduro-Mensah and Togolese Foreign Minister Yawo Kpelime both signed on Tuesday.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwabena-oduro-mensah", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yawo-kpelime", treaty.Id), d.Dump());
    }
}
