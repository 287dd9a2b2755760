namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A recalled document, upheld by today's text, whose own clause tells where and when it was signed, with no signer
/// named, comes out of that signing. The first two fail without the rule; the last is a guard.
/// </summary>
public class DocumentOfItsDatedSigningTests
{
    [Fact]
    public void AnOlderTreatyBuiltOnAndSignedAtAToldPlaceAndDayComesOutOfThatSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant and Velasian Prime Minister Tomas Arvell signed a joint declaration in Selvo on Tuesday.
            Officials said the new text builds on the Treaty of Amity and Navigation, signed in Kastra on 3 March 1991, which ended a long quarrel over the river.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Amity"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        Assert.StartsWith("1991", d.Entity(producer.From).Date);
    }

    [Fact]
    public void AReaffirmedAccordConcludedAtAToldPlaceAndMonthComesOutOfThatSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant met Velasian Prime Minister Tomas Arvell in Selvo on Tuesday.
            Both leaders reaffirmed the fisheries accord concluded in Kastra in March 2002 and pledged to widen it.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("fisheries", StringComparison.OrdinalIgnoreCase) || a.Year == 2002);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        Assert.StartsWith("2002", d.Entity(producer.From).Date);
    }

    /// <summary>Guard (passes with the rule off too): a document only planned for a place and day has no signing yet.</summary>
    [Fact]
    public void ADocumentToBeSignedHasNoProducerFromItsPlannedDay()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Officials in Selvo said the Treaty of Amity and Navigation is to be signed in Kastra on 3 June.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Amity"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id && d.Entity(r.From).Date is { } date && date.StartsWith("2024-06"));
    }
}
