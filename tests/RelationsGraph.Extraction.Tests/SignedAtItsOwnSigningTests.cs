namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A recalled document whose own clause tells who signed it, where and when comes out of that signing, never out of
/// today's meeting and never out of nothing.
/// </summary>
public class SignedAtItsOwnSigningTests
{
    [Fact]
    public void AnOlderTreatySignedInItsOwnClauseComesOutOfThatSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant and Velasian Prime Minister Tomas Arvell signed a joint declaration in Selvo on Tuesday.
            The new text rests on the Treaty on Good Neighbourly Relations, signed in Kastra on 3 March 1991 by the foreign ministers Pavel Ostrin and Miro Hallet.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Neighbourly"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        Assert.StartsWith("1991", d.Entity(producer.From).Date);
    }

    [Fact]
    public void ADocumentOfAnotherYearStaysApartFromTodaysSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant and Velasian Prime Minister Tomas Arvell signed a joint declaration in Selvo on Tuesday.
            The declaration refers back to the 1997 Kastra Accord on river navigation.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kastra"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
    }
}
