namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A story told as history (at least three years written, four in five before its time of writing) drops the country
/// mentions of states founded more than a decade after the latest past year it writes: there the name is a region's.
/// </summary>
public class StateNotYetFoundedTests
{
    private const string Retrospective =
        "date 2023-05-02 Three centuries ago this week, envoys of Sweden and Denmark sealed the Peace of Varnholm. " +
        "The quarrel had begun in 1719 over the tolls of the Sound. A truce agreed in 1721 soon broke down, and the talks only " +
        "resumed in the autumn of 1722 before the signing on 30 April 1723. ";

    [Fact]
    public void AStateOfTodayNamedInAnOldStoryIsNoCountry()
    {
        var d = TestArticles.Extract(Retrospective + "The Swedish regiments had wintered in Germany before the talks.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:de");
        Assert.Contains(d.Entities, e => e.Id == "country:se");
        Assert.Contains(d.Entities, e => e.Id == "country:dk");
    }

    [Fact]
    public void ItsAdjectiveInAnOldStoryNamesNoCountryEither()
    {
        var d = TestArticles.Extract(Retrospective + "Two German princes sent observers to the closing session.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:de");
    }

    [Fact]
    public void AStateFoundedSoonAfterTheStorysTimeIsKept()
    {
        var d = TestArticles.Extract(
            "date 2011-03-17 A century and a half back, a small crowd in Varese cheered the news from Turin. " +
            "The risings of 1848 had failed, the war of 1859 had ended at the peace table, and the plebiscites of 1860 had followed. " +
            "Many in the crowd already spoke of Italy as their state, and some spoke of the Croatian coast across the sea.");
        Assert.Contains(d.Entities, e => e.Id == "country:it");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:hr");
    }

    [Fact]
    public void ANewsStoryThatWritesItsOwnYearKeepsTheState()
    {
        var news = TestArticles.Extract(
            "date 2024-06-11 Officials of Croatia and Slovenia signed a fisheries accord in Umag on Tuesday. " +
            "The sea border was first drawn in 1868, then again in 1910 and in 1947, and the talks began in earnest in 2024.");
        Assert.Contains(news.Entities, e => e.Id == "country:hr");
        var history = TestArticles.Extract(
            "date 2018-11-20 Some fifteen decades back, delegates meeting in Pest settled the terms of the compromise of 1868. " +
            "The talks had opened in 1866 and stalled through 1867. Under the deal Croatia kept its own assembly in Zagreb.");
        Assert.DoesNotContain(history.Entities, e => e.Id == "country:hr");
    }
}
