namespace RelationsGraph.Extraction.Tests;

/// <summary>A document word inside a document's own title or topic does not stand between it and the verb that signs it.</summary>
public class SignersPastOwnTitleTests
{
    [Theory]
    [InlineData("The Treaty on Trade and Economic Partnership, signed by Tokayev and Orban in the parliament building, opens both markets.")]
    [InlineData("Officials praised the Treaty on Trade and Economic Partnership that Tokayev signed with Orban in the parliament building.")]
    public void TheSignersOfATitleEndingInADocumentWordAreFound(string sentence)
    {
        var d = TestArticles.Extract("""
            date 2024-11-06 Kazakh President Kassym-Jomart Tokayev met Hungarian Prime Minister Viktor Orban in Budapest on Wednesday.

            """ + sentence);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Kind == "treaty");
        Assert.True(d.Has("SIGNED", "person:kassym-jomart-tokayev", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:viktor-orban", treaty.Id), d.Dump());
    }
}
