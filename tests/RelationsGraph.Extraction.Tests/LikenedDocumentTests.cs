namespace RelationsGraph.Extraction.Tests;

/// <summary>"a similar memorandum", "a comparable accord": a document likened to the one told is another of its kind, with its own sides.</summary>
public class LikenedDocumentTests
{
    [Fact]
    public void AComparableMemorandumIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Portuguese Prime Minister Tomas Valente and Ghanaian President Kwame Asare signed a memorandum on cocoa research in Accra on Tuesday.
            It comes two days after Portugal signed a comparable memorandum with Senegal.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        var cocoa = d.OfType("Agreement").Single(a => d.Has("PARTY_TO", "country:gh", a.Id));
        Assert.False(d.Has("PARTY_TO", "country:sn", cocoa.Id), d.Dump());
    }
}
