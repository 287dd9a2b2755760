namespace RelationsGraph.Extraction.Tests;

/// <summary>"The next day" steps a narrative on from the last day told: no plan, and the day after it.</summary>
public class NarrativeNextTests
{
    [Fact]
    public void TheNextDayIsHeldAndDatedTheDayAfter()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 Ghanaian President Kofi Mensah held talks with Kenyan President Ruth Wanjiru in Nairobi on June 3.
            The next day, Mensah met Tanzanian President Amina Juma.
            """);
        var second = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:amina-juma", m.Id));
        Assert.Equal("held", second.Status);
        Assert.Equal("2024-06-04", second.Date);
        Assert.False(d.Has("ATTENDED", "person:ruth-wanjiru", second.Id), d.Dump());
    }

    [Fact]
    public void TheDayCountsOnFromADateEarlierInTheSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 Ghanaian President Kofi Mensah spoke by telephone with Kenyan President Ruth Wanjiru on June 3, and the next day he called Tanzanian President Amina Juma.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2024-06-04" && d.Has("ATTENDED", "person:amina-juma", m.Id));
    }

    [Fact]
    public void TheNextSummitIsStillAPlan()
    {
        var d = TestArticles.Extract("date 2024-06-20 Kenya will host the next summit of the East African Community in Mombasa in November.");
        Assert.All(d.OfType("Meeting"), m => Assert.Equal("planned", m.Status));
    }
}
