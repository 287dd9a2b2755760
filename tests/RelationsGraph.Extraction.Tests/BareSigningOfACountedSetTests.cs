namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare signing just after a counted set of documents signs each document of the set.</summary>
public class BareSigningOfACountedSetTests
{
    private const string Lead = """
        Talks in Korvana end with three texts

        date 2024-03-18 KORVANA - Three documents were signed in Korvana on Sunday, when a four-day round of talks closed: a declaration of principles, a truce agreement and a political agreement on the transition.

        """;

    [Fact]
    public void EachBareSignerSignsEveryDocumentOfTheSet()
    {
        var d = TestArticles.Extract(Lead + """
            Interior Minister Halvard Ostrem signed for the government; rebel commander Mirek Dalvaro signed for the insurgents.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(3, documents.Count);
        foreach (var document in documents)
            foreach (var person in new[] { "person:halvard-ostrem", "person:mirek-dalvaro" })
                Assert.True(d.Has("SIGNED", person, document.Id), person + " " + document.Id + "\n" + d.Dump());
    }

    // Pattern: documents coordinated as the subject of "were signed" are one signed package, as a counted plural is.
    [Fact]
    public void DocumentsCoordinatedBeforeWereSignedAreOneSet()
    {
        var d = TestArticles.Extract("""
            Talks in Korvana end with two texts

            date 2024-03-18 KORVANA - A four-day round of talks between the government and the insurgents closed in Korvana on Sunday.

            A declaration of principles and a political agreement on the transition were signed as the final session closed. Interior Minister Halvard Ostrem signed for the government.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(2, documents.Count);
        foreach (var document in documents)
            Assert.True(d.Has("SIGNED", "person:halvard-ostrem", document.Id), document.Id + "\n" + d.Dump());
    }

    [Fact]
    public void AnUncountedListIsNoSet()
    {
        var d = TestArticles.Extract("""
            Talks in Korvana end with texts

            date 2024-03-18 KORVANA - The ministers approved a declaration of principles and a truce agreement on Sunday, and later a political agreement on the transition was concluded.

            Interior Minister Halvard Ostrem signed on behalf of the government.
            """);
        Assert.Single(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:halvard-ostrem");
    }
}
