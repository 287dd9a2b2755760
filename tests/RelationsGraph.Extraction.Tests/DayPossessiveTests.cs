namespace RelationsGraph.Extraction.Tests;

/// <summary>"attended Friday's summit": a day's possessive points back at that day's gathering, as "the summit" does.</summary>
public class DayPossessiveTests
{
    [Fact]
    public void AGuestAtFridaysSummitJoinsTheGroupingsSummit()
    {
        var d = TestArticles.Extract("date 2025-07-04 Leaders of the East African Community met in Arusha on Friday for their summit. " +
                                     "Somalia's new foreign minister, Abdisalam Abdi Ali, attended Friday's summit as an observer.");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:abdisalam-abdi-ali", summit.Id), d.Dump());
    }

    [Fact]
    public void ASummitOwnedByACountryIsNoDayReference()
    {
        var d = TestArticles.Extract("date 2025-07-04 Leaders of the East African Community met in Arusha on Friday for their summit. " +
                                     "In 2019 Kenyan President Uhuru Kenyatta attended Japan's summit with African leaders in Yokohama.");
        var summit = d.OfType("Meeting").Single(m => m.Id.StartsWith("meeting:2025"));
        Assert.False(d.Has("ATTENDED", "person:uhuru-kenyatta", summit.Id), d.Dump());
    }
}
