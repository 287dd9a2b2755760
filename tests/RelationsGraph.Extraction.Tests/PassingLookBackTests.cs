namespace RelationsGraph.Extraction.Tests;

/// <summary>An earlier year's gathering told with one name at most and no place or grouping is a look back in passing.</summary>
public class PassingLookBackTests
{
    [Fact]
    public void AYearAndOneNameMakeNoMeetingOfAnEarlierYear()
    {
        var d = TestArticles.Extract("date 2018-09-16 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace accord in Jeddah on Sunday. " +
                                     "Separately, UN Secretary-General Antonio Guterres recalled the talks he held on the embargo in 2009.");
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
