namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A roll of signers set out one per line under a sentence that ends on a colon ("The signatories ... were:", "The accord
/// was signed by:"), and a document whose owner is named once in full and once by its acronym.
/// </summary>
public class SignersRollUnderAColonTests
{
    private const string Lead = """
        Andean neighbours seal river pact

        date 2024-06-11 LIMA - Peru and Bolivia signed the Titicaca Basin Accord on Tuesday at the Torre Tagle Palace in Lima.

        """;

    [Fact]
    public void EachLineUnderTheSignatoriesColonSigned()
    {
        // The noun and its verb stand apart ("The signatories, in the order they signed, were:"); the lines read
        // "Title Name of Country" or "Name, office, for Side"; the line after the roll that opens with no name ends it.
        var d = TestArticles.Extract(Lead + """
            The signatories, in the order they signed, were:

            - Foreign Minister Elmer Schialer of Peru

            - Celinda Sosa, foreign minister, for Bolivia

            Chilean Foreign Minister Alberto van Klaveren looked on from the front row and later praised both neighbours for their patience.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
        Assert.False(d.Has("SIGNED", "person:alberto-van-klaveren", accord.Id), d.Dump());
    }

    [Fact]
    public void EachLineUnderSignedByAndAColonSigned()
    {
        var d = TestArticles.Extract(Lead + """
            The accord was signed by:

            - Foreign Minister Elmer Schialer of Peru

            - Foreign Minister Celinda Sosa of Bolivia
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void ARollOfWitnessesUnderAColonSignsNothingByTheNoun()
    {
        var d = TestArticles.Extract(Lead + """
            Witnesses to the signatures were:

            - Foreign Minister Alberto van Klaveren of Chile
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:alberto-van-klaveren");
    }

    [Fact]
    public void AnOwnerByItsAcronymAndInFullNamesOneDocument()
    {
        // "the OAS Charter" in a heading, "the Charter of the Organization of American States" in the body: one document.
        var d = TestArticles.Extract("""
            Hemisphere leaders sign the OAS Charter

            date 2024-06-11 Leaders from across the hemisphere put their names on Tuesday to the Charter of the Organization of American States in Washington.
            """);
        var charters = d.OfType("Agreement").ToList();
        Assert.True(charters.Count == 1, d.Dump());
    }
    [Fact]
    public void BulletedLinesWithNoBlankLineBetweenThemEachSigned()
    {
        // The bullets follow one another with no blank line: each is still a line of its own, and the roll runs to its end.
        var d = TestArticles.Extract(Lead + """
            The signatories were:

            - Her Excellency Celinda Sosa, Minister of Foreign Affairs of Bolivia;
            - His Excellency Elmer Schialer, Minister of Foreign Affairs of Peru;
            - His Excellency Rodrigo Quispe Mamani, Vice-Minister of Water of Bolivia.

            Chilean Foreign Minister Alberto van Klaveren looked on from the front row.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:celinda-sosa", "person:elmer-schialer", "person:rodrigo-quispe-mamani" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
        Assert.False(d.Has("SIGNED", "person:alberto-van-klaveren", accord.Id), d.Dump());
    }
}
