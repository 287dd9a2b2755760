namespace RelationsGraph.Extraction.Tests;

/// <summary>A weekday told in apposition to its day ("Thursday, 12 March 2020") dates a signing by that day's year (DocumentYear.OfMaking).</summary>
public class WeekdayDatesTheMakingTests
{
    [Fact]
    public void AWeekdayInAppositionToItsDayDatesTheSigningByThatDaysYear()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 Historians met in Velmora on Tuesday to look back at the frontier talks of the last year.
            Late in the evening of Thursday, 12 March 2020, the foreign ministers of Dastria and Pellmark signed the Velmora Frontier Accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Velmora", StringComparison.Ordinal));
        Assert.Equal(2020, accord.Year);
    }
}
