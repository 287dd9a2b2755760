namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A placing verb's signature phrase signs however its noun is written: "their own signatures", "their initials"; and with
/// no object after it ("added their own signatures beneath the names") it signs the document under discussion (see SigningVerb.PutNamesTo,
/// SigningVerb.SignaturesWithoutObject and ObjectlessSigning).
/// </summary>
public class SignaturePhraseVariantsTests
{
    [Fact]
    public void SignaturesAddedBelowOthersSignTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chile and Norway signed the Treaty of Lorn in Santiago on Tuesday.
            President Anko Belis of Chile and Prime Minister Tomas Durel of Norway signed the Treaty of Lorn at the Moneda palace.
            The foreign ministers, Pol Kestrin and Odo Malet, added their own signatures beneath the two leaders' names.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:pol-kestrin", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:odo-malet", treaty.Id), d.Dump());
    }

    [Fact]
    public void InitialsPutOnADocumentSignIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chile and Norway initialled a fisheries accord on Tuesday.
            Trade Minister Pol Kestrin of Chile and Trade Minister Odo Malet of Norway put their initials on the Treaty of Lorn at the Moneda palace.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:pol-kestrin", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:odo-malet", treaty.Id), d.Dump());
    }

    [Fact]
    public void OwnSignaturesAsWitnessesSignNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chile and Norway signed the Treaty of Lorn in Santiago on Tuesday.
            President Anko Belis of Chile and Prime Minister Tomas Durel of Norway signed the Treaty of Lorn at the Moneda palace.
            The foreign ministers, Pol Kestrin and Odo Malet, added their own signatures as witnesses.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:anko-belis", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:pol-kestrin", treaty.Id), d.Dump());
    }
}
