namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Good Friday Agreement, the 1998 peace deal also known by the name of its city": a weekday under its epithet is a name,
/// not a date, and an apposition that goes on to another name of the same document is no list of two documents.
/// </summary>
public class NamedDayAndAlsoKnownAsTests
{
    [Fact]
    public void ATitledDocumentDescribedAndRenamedInItsAppositionIsOneDocumentOfItsOwnYear()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 British Prime Minister Keir Starmer and Irish Taoiseach Micheal Martin held talks in London on Monday.
            Both governments stand behind the Good Friday Agreement, the 1998 peace deal also known as the Belfast Agreement, and its institutions.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1998, accord.Year);
    }

    [Fact]
    public void AWeekdayUnderItsEpithetDatesNothing()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 British Prime Minister Keir Starmer and Irish Taoiseach Micheal Martin held talks in London on Monday.
            Both leaders praised the Good Friday Agreement as the bedrock of peace.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2025, accord.Year);
    }
}
