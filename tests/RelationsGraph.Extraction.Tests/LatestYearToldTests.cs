namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A story with no publication date is told at the latest year it names: a document of an earlier year, named in a sentence
/// about the story's undated meeting, is not that meeting's product.
/// </summary>
public class LatestYearToldTests
{
    [Fact]
    public void ADocumentOlderThanTheStorysLatestYearIsNoProductOfItsUndatedTalks()
    {
        var d = TestArticles.Extract("""
            Lisbon and Rabat agree on new ferry line

            Portuguese Prime Minister Antonio Costa held talks with Moroccan Prime Minister Saad Eddine El Othmani in Rabat on Tuesday and the two agreed to open a ferry line in 2019.

            Both leaders noted that the Treaty on Good Neighbourliness, signed in December 1994, remained the foundation of the relationship.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("1994"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
    }

    [Theory]
    [InlineData("The line opened in 2018 and the concession runs until 2030.", 2018)]
    [InlineData("The 2018 accord covers the years 2019-2025.", 2018)]
    [InlineData("The line opened in 2018; it will carry its first trucks in 2031.", 2018)]
    [InlineData("The ferry line was agreed in 1994 and renewed in 2012.", 2012)]
    public void AYearStillToComeIsNotTheTimeOfTelling(string text, int year) =>
        Assert.Equal(year, Agreements.LatestYearTold.In(Text.SentenceSplitter.Split(text)));
}
