namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "described as a protocol", "hailed as a deal": an indefinite document noun after a verb of describing characterises the
/// document under discussion; it names no second document, and the signing of the described document stays with it.
/// </summary>
public class CharacterisedAsTests
{
    [Fact]
    public void ADocumentDescribedAsAnotherKindIsOneDocumentWithItsSigners()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08 Estonia and Finland sign ferry safety accord in Tallinn
            The document, described by Helsinki as a memorandum and by the Estonian side as a protocol, was signed on Tuesday by Estonian Transport Minister Kaja Rebane and Finnish Transport Minister Eero Salonen.
            """);
        var doc = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kaja-rebane", doc.Id));
        Assert.True(d.Has("SIGNED", "person:eero-salonen", doc.Id));
    }

    [Fact]
    public void ADealHailedAsAFrameworkIsNoSecondDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08 Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed a border agreement in Lome on Tuesday.
            A senior Togolese official described the agreement as a framework that both sides would fill in over the coming year.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
