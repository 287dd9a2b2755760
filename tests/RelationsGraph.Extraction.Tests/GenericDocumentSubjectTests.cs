namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The text was signed by X", "The document was signed by X": a generic document noun as the subject of a passive signing
/// stands for the story's document as "it" does (see ObjectlessSigning), so the agent after "by" signed it.
/// </summary>
public class GenericDocumentSubjectTests
{
    [Theory]
    [InlineData("The text was signed by Ghanaian President Kwesi Boateng in the afternoon.")]
    [InlineData("The document was signed by Ghanaian President Kwesi Boateng in the afternoon.")]
    public void TheAgentOfAGenericDocumentSubjectSignedTheStorysDocument(string sentence)
    {
        var d = TestArticles.Extract($"""
            date 2024-06-04 Ghana and Togo concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            {sentence}
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
    }

    [Fact]
    public void ATextOfSomethingElseIsNoSubjectOfTheStorysDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            The text of a separate letter was signed by Ghanaian President Kwesi Boateng in the afternoon.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:kwesi-boateng", a.Id));
    }
}
