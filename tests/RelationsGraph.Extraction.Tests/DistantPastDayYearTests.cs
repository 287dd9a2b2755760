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
    /// <summary>The invented narrative of one long evening: a dozen sentences that name no date at all.</summary>
    private const string LongEvening = """
        The envoys had come by barge, and the rain never stopped.
        Supper was served late, in a hall lit by tallow candles.
        The Portuguese spoke first, about tolls on the lower river.
        The Swedes answered with a list of grievances over the islands.
        Neither side would move on the question of the forts.
        Near midnight a clerk was sent for fresh ink and paper.
        The drafts went back and forth across the long table.
        A quarrel over one word held them up for an hour.
        Somebody opened the shutters to let the smoke out.
        By dawn the clerks had copied the text four times.
        The seals were warmed over a brazier in the corner.
        Then the envoys rode home through the flooded fields.
        """;

    [Fact]
    public void ADayToldAfterALongStretchOfTheChronicleKeepsTheStorysYear()
    {
        var d = TestArticles.Extract($"""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            {LongEvening}
            On 14 June, Count Aldo Ferrin met Baron Piet Halvorsen in Velmora to exchange the ratifications.
            """);
        var exchange = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(exchange);
        Assert.All(exchange, m => Assert.Equal("1790-06-14", m.Date));
    }

    [Fact]
    public void ADocumentSignedOnADayAfterALongStretchIsOfTheStorysYear()
    {
        var d = TestArticles.Extract($"""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            {LongEvening}
            On 2 November, the two crowns signed the Convention of Orlavik on the island forts.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name!.Contains("Orlavik"));
        Assert.Equal(1790, convention.Year);
    }

    [Fact]
    public void ARecentDateAfterTheLongStretchStillEndsTheHold()
    {
        var d = TestArticles.Extract($"""
            date 2015-03-09 On 9 March 1790, in the old customs house of Brellinger, the envoys of Portugal and Sweden signed a treaty on the river trade.
            {LongEvening}
            The customs house became a museum in May 2009.
            On 2 February, the mayors of Brellinger and Orlavik signed the Orlavik Heritage Charter in the old hall.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name!.Contains("Heritage Charter"));
        Assert.Equal(2015, charter.Year);
    }
}
