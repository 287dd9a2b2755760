namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// TimeToldBefore: a making told with no date of its own but a word pointing back in time ("days later", "during that
/// trip", "the presidents of the time") is of the year of the nearest dated sentence before it, not of the story's year.
/// </summary>
public class TimeToldBeforeTests
{
    [Fact]
    public void DaysLaterContinuesTheYearToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            President Arlo Menrik of Norway and President Beda Solvay of Sweden signed a fisheries pact in Oslo on Monday.
            The two countries first drew their sea border at talks in Bergen in March 1986.
            Days later the two prime ministers of the time, Karin Ulvdal and Per Hamsen, signed a treaty of good neighbourliness in Stockholm.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "treaty" && a.Year == 1986);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "treaty" && a.Year == 2024);
    }

    [Fact]
    public void DuringThatTripDatesTheDeclarationToTheTrip()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            Chilean President Tomas Arvedo arrives in Lima on Tuesday for a three-day state visit.
            The visit returns Peruvian President Lucia Marenco's own visit to Santiago in August last year.
            During that trip Marenco and Arvedo adopted a joint declaration on Andean water sharing.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("joint declaration")) && a.Year == 2023);
    }

    [Fact]
    public void ALaterSayingDoesNotCarryTheEarlierTimeIntoItsReportedClause()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            Ghana and Togo have had consular ties since they were set up in 1975.
            The two foreign ministers signed a border protocol in Accra on Monday.
            The Togolese minister later told reporters that a fisheries agreement had also been signed.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 1975);
    }
}
