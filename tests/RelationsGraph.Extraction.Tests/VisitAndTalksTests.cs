namespace RelationsGraph.Extraction.Tests;

/// <summary>A visit and the talks held during it: two gatherings, the talks placed where the visit is.</summary>
public class VisitAndTalksTests
{
    [Fact]
    public void TalksDuringAVisitAreAMeetingOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Chilean President Marta Solis arrived in Lima on Tuesday for a two-day state visit to Peru.
            Solis held talks with Peruvian President Hugo Arce at the government palace in the afternoon.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => m.Kind == "visit" && d.Has("ATTENDED", "person:marta-solis", m.Id));
        Assert.Contains(meetings, m => m.Kind == "talks" && d.Has("ATTENDED", "person:hugo-arce", m.Id) && d.Has("ATTENDED", "person:marta-solis", m.Id));
    }

    [Fact]
    public void TalksNamedBesideAVisitTakeItsPlace()
    {
        var d = TestArticles.Extract("date 2024-03-05 On a visit to Nairobi, Ghanaian President Kofi Mensah held talks with Kenyan President Ruth Wanjiru on Tuesday.");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:nairobi"), d.Dump());
    }
}
