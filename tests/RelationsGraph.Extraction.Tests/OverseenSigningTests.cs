namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Leaders who "oversaw" or "presided over" the signing of a package of documents are at that signing, a ceremony of its own
/// beside their talks, as those who "witnessed the signing" are.
/// </summary>
public class OverseenSigningTests
{
    private const string Oversaw = """
        date 2024-05-14 Moldovan President Elena Varga began a state visit to Croatia on Tuesday.
        She held talks with Croatian President Davor Kresic in Zagreb in the morning.
        The two presidents then oversaw the signing of six cooperation agreements on energy, transport and culture.
        """;

    private const string PresidedOver = """
        date 2024-05-14 Moldovan President Elena Varga began a state visit to Croatia on Tuesday.
        She held talks with Croatian President Davor Kresic in Zagreb in the morning.
        Kresic and Varga later presided over the signing of six memorandums of understanding on energy and transport.
        """;

    private const string PresidedOverTheTalks = """
        date 2024-05-14 Moldovan President Elena Varga began a state visit to Croatia on Tuesday.
        Croatian President Davor Kresic presided over the talks with Varga in Zagreb in the morning.
        """;

    [Fact]
    public void OverseeingTheSigningIsBeingAtIt()
    {
        var d = TestArticles.Extract(Oversaw);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:elena-varga", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:davor-kresic", signing.Id), d.Dump());
    }

    [Fact]
    public void PresidingOverTheSigningIsBeingAtIt()
    {
        var d = TestArticles.Extract(PresidedOver);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:elena-varga", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:davor-kresic", signing.Id), d.Dump());
    }

    /// <summary>Guard (passes with the rule off too): presiding over anything but a signing makes no signing.</summary>
    [Fact]
    public void PresidingOverTalksMakesNoSigning()
    {
        var d = TestArticles.Extract(PresidedOverTheTalks);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "signing");
    }
}
