namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed the same text", "put their signatures to the brief text": a text described by a word or two and governed by a
/// signing verb is the paper of the document told before (see DescribedText), so its signers signed that document; the words
/// describe the paper, not another subject, and a described text with no document told before names none.
/// </summary>
public class DescribedTextTests
{
    [Theory]
    [InlineData("An hour later Marek Halvorsen, the head of the Torvan delegation, signed the same text.")]
    [InlineData("Marek Halvorsen and Ivo Brask put their signatures to the brief text shortly before noon.")]
    [InlineData("Marek Halvorsen signed the twelve-point text in the afternoon.")]
    public void TheSignerOfADescribedTextSignedTheDocumentToldBefore(string sentence)
    {
        var d = TestArticles.Extract($"""
            date 2024-06-04 Ostravia and Torvania signed the Harbour Boundary Treaty in Kelmar on Tuesday.
            President Lina Ostrova of Ostravia signed the treaty at the port authority building.
            {sentence}
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:marek-halvorsen", treaty.Id), d.Dump());
    }

    [Fact]
    public void ATextOfSomethingElseStaysNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ostravia and Torvania signed the Harbour Boundary Treaty in Kelmar on Tuesday.
            Marek Halvorsen signed the full text of his speech for the archive.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:marek-halvorsen", a.Id));
    }

    [Fact]
    public void ADescribedTextWithNoDocumentBeforeNamesNone()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Some forty delegations signed up to the agreed text governing river shipping in Kelmar on Tuesday.
            Foreign ministers of the river states signed the Kelmar Declaration on River Shipping at the close of the conference.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
