namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Two titles that differ only in their general noun name one document; a year that qualifies another noun ("the 1960
/// law") does not set the sentence in another year.
/// </summary>
public class NounVariedTitleTests
{
    [Fact]
    public void TheSameNameWithAnotherGeneralNounIsOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-06-02 Rival factions ended a week of talks in Muscat on Saturday.

            Omani officials call the result the Muscat Agreement; the opposition press speaks of the Muscat Accord.

            Under the accord the factions agreed to share the cabinet posts.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Muscat", agreement.Name);
    }

    [Fact]
    public void AProtocolOfTheSameNameIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-06-02 The two governments signed the Muscat Agreement on Saturday and the Muscat Protocol on Sunday.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AYearThatQualifiesAnotherNounDoesNotPutTheAccordInThePast()
    {
        var d = TestArticles.Extract("""
            date 2019-06-02 Omani Foreign Minister Yusuf bin Alawi held talks with Yemeni President Abdrabbuh Mansur Hadi in Muscat on Saturday.

            The talks ended with the Muscat Accord. Under the accord the factions agreed to elect a president and to adopt an electoral law based on the 1960 law.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("1960", agreement.Name);
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }
}
