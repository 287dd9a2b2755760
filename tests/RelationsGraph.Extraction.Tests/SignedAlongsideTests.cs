namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Two memorandums were signed alongside the treaty": a signing verb whose object is set apart from the document by a
/// preposition of company signs other documents, so the meeting that sentence reports did not make the document.
/// </summary>
public class SignedAlongsideTests
{
    [Fact]
    public void ADocumentSignedAlongsideOthersStaysTheProductOfItsOwnSigning()
    {
        var d = TestArticles.Extract("""
            Kenya and Tanzania sign border treaty

            NAIROBI (Lake Wire) — Kenya and Tanzania signed a border treaty at State House in Nairobi on Tuesday.

            The treaty was signed by Kenyan Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister January Makamba.

            President William Ruto and President Samia Suluhu Hassan held talks on trade, and two memorandums on fisheries and tourism were signed alongside the treaty.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("treaty", StringComparison.OrdinalIgnoreCase));
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing" && d.Has("ATTENDED", "person:musalia-mudavadi", m.Id));
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:william-ruto", m.Id));
        Assert.True(d.Has("PRODUCED", signing.Id, treaty.Id), d.Dump());
        Assert.False(d.Has("PRODUCED", talks.Id, treaty.Id), d.Dump());
    }
}
