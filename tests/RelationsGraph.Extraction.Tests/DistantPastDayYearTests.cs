namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A history piece set in a distant year keeps that year for the days it then tells without one, going back to the talks or
/// forward to the ratification; a current report that recalls an old month keeps its own days (see DistantPastDayYear).
/// </summary>
public class DistantPastDayYearTests
{
    [Fact]
    public void TalksToldBackFromTheSigningAreOfTheLedesYear()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            The road to it had been long. On 2 January, Count Aldo Ferrin met Baron Piet Halvorsen in Velmora to settle the tolls.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.Equal("1790-01-02", m.Date));
    }

    [Fact]
    public void TheRatificationToldAfterTheSigningIsOfTheLedesYear()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            Few expected it to last. On 14 June, Count Aldo Ferrin met Baron Piet Halvorsen in Velmora to exchange the ratifications.
            """);
        var exchange = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(exchange);
        Assert.All(exchange, m => Assert.Equal("1790-06-14", m.Date));
    }

    [Fact]
    public void ABackgroundMonthOfAnotherYearDoesNotTakeTheDays()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            The Swedes had beaten the Portuguese fleet off Karsholm in July 1788.
            On 14 June, Count Aldo Ferrin met Baron Piet Halvorsen in Velmora to exchange the ratifications.
            """);
        var exchange = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(exchange);
        Assert.All(exchange, m => Assert.Equal("1790-06-14", m.Date));
    }

    [Fact]
    public void ACurrentReportRecallingAnOldMonthKeepsItsOwnDays()
    {
        var d = TestArticles.Extract("""
            date 2023-11-04 The republic of Ostravia won its independence from Norland in December 1963, after a long campaign.
            On 1 November, Ostravian President Aldo Ferrin met Norland's Prime Minister Piet Halvorsen in Velmora to discuss the river trade.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.Equal("2023-11-01", m.Date));
    }

    [Fact]
    public void ABareMonthOfTheChronicleDatesTheDocumentMadeInIt()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            The quarrel over the islands went on. Under the Convention of Orlavik, agreed in September, Sweden gave up its forts on Karsholm.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name!.Contains("Orlavik"));
        Assert.Equal(1790, convention.Year);
    }

    [Fact]
    public void AMonthCountedFromThePresentKeepsItsOwnYear()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            The town still remembers it. Last September, the mayors of Brellinger and Orlavik signed the Orlavik Heritage Charter to mark the day.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name!.Contains("Heritage Charter"));
        Assert.Equal(2014, charter.Year);
    }
}
