namespace RelationsGraph.Extraction.Tests;

/// <summary>A signing told by its noun ("witnessed the exchange of", "the signing of") at a ceremony: the ceremony produced the documents.</summary>
public class SigningOrExchangeNounTests
{
    [Fact]
    public void TheWitnessedExchangeComesOutOfTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2025-05-09 President Kofi Mensabo of Ghana held talks with President Edem Atsu of Togo in Accra on Thursday.
            The two presidents then witnessed the exchange of three cooperation agreements at a ceremony in Accra.
            """);
        var producers = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.From).Distinct().ToList();
        Assert.NotEmpty(producers);
        Assert.All(producers, p => Assert.Contains("ceremony", p));
    }

    [Fact]
    public void SignedInTheTalksPlaceStaysTheTalks()
    {
        // Guard (passes either way): with the verb "signed", a ceremony in the talks' own place is a moment of the talks.
        var d = TestArticles.Extract("""
            date 2025-05-09 President Kofi Mensabo of Ghana held talks with President Edem Atsu of Togo in Accra on Thursday.
            The two presidents signed a memorandum of understanding on fisheries at a ceremony in Accra.
            """);
        var producers = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.From).Distinct().ToList();
        Assert.NotEmpty(producers);
        Assert.DoesNotContain(producers, p => p.Contains("ceremony"));
    }
}
