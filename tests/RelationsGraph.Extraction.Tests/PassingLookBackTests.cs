namespace RelationsGraph.Extraction.Tests;

/// <summary>An earlier year's gathering told with one name at most and no place or grouping is a look back in passing.</summary>
public class PassingLookBackTests
{
    [Fact]
    public void AYearAndOneNameMakeNoMeetingOfAnEarlierYear()
    {
        var d = TestArticles.Extract("date 2018-09-16 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace accord in Jeddah on Sunday. " +
                                     "Separately, UN Secretary-General Antonio Guterres recalled the talks he held on the embargo in 2009.");
        // The meeting the story reports is there, dated and placed; the look back is not.
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2018-09-16", signing.Date);
        Assert.True(d.Has("HELD_IN", signing.Id, "place:jeddah"), d.Dump());
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date is not null && m.Date.StartsWith("2009", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEarlierMeetingWithAPlaceStays()
    {
        var d = TestArticles.Extract("date 2018-09-16 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace accord in Jeddah on Sunday. " +
                                     "Afwerki had held talks in Cairo in 2009.");
        Assert.Contains(d.OfType("Meeting"), m => m.Date is not null && m.Date.StartsWith("2009", StringComparison.Ordinal));
    }
}
