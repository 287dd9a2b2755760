namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An earlier document whose making the sentence tells with one held gathering of the document's year comes out of that
/// gathering; a making the sentence sets at another time ("weeks after") does not.
/// </summary>
public class MadeAtTheGatheringOfItsSentenceTests
{
    [Fact]
    public void AnEarlierTreatyComesOutOfTheSummitToldInItsSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant and Velasian President Tomas Arvell held talks in Selvo on Tuesday.
            The last such summit took place in Kastra in June 2012, when Pavel Ostrin and Miro Hallet signed the Treaty on River Navigation.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("River Navigation"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        Assert.StartsWith("2012-06", d.Entity(producer.From).Date);
    }

    [Fact]
    public void ATreatySignedWeeksBeforeTheSummitIsNotItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Marovian President Ilko Derrant and Velasian President Tomas Arvell held talks in Selvo on Tuesday.
            The last such summit took place in Kastra in June 2012, weeks after Pavel Ostrin and Miro Hallet signed the Treaty on River Navigation.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("River Navigation"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id && d.Entity(r.From).Date is { } date && date.StartsWith("2012-06"));
    }
}
