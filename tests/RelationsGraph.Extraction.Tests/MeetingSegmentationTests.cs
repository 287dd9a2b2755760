namespace RelationsGraph.Extraction.Tests;

/// <summary>Which references are one event: a signing by people new to the talks, and a reference at another venue, stand apart.</summary>
public class MeetingSegmentationTests
{
    [Fact]
    public void MinistersSigningDuringTheirLeadersTalksHoldASigningOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Rosa Alvarado held talks with Peruvian President Tomas Quiroga in Lima on Tuesday.
            Chilean Agriculture Minister Ines Barrera and Peruvian Agriculture Minister Mateo Salas signed a memorandum on seed trade.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => d.Has("ATTENDED", "person:rosa-alvarado", m.Id) && !d.Has("ATTENDED", "person:ines-barrera", m.Id));
        Assert.Contains(meetings, m => d.Has("ATTENDED", "person:ines-barrera", m.Id) && d.Has("ATTENDED", "person:mateo-salas", m.Id));
    }

    [Fact]
    public void LeadersSigningAtTheirOwnTalksStayOneEvent()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Rosa Alvarado held talks with Peruvian President Tomas Quiroga in Lima on Tuesday.
            Alvarado and Quiroga signed a memorandum on seed trade.
            """);
        var meetings = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:rosa-alvarado", m.Id)).ToList();
        Assert.Single(meetings);
    }

    [Fact]
    public void AReferenceAtAnotherVenueIsAnotherEvent()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Rosa Alvarado held talks with Peruvian President Tomas Quiroga at the Government Palace in Lima on Tuesday.
            Alvarado and Quiroga later met business leaders at the Torre Tagle Palace.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => d.Has("HELD_IN", m.Id, "place:government-palace") && !d.Has("HELD_IN", m.Id, "place:torre-tagle-palace"));
        Assert.Contains(meetings, m => d.Has("HELD_IN", m.Id, "place:torre-tagle-palace") && d.Has("ATTENDED", "person:tomas-quiroga", m.Id));
    }

    [Fact]
    public void AVisitSpansItsVenues()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Rosa Alvarado began a state visit to Peru at the Government Palace in Lima on Tuesday.
            Alvarado later continued her visit at the Torre Tagle Palace.
            """);
        var visits = d.OfType("Meeting").Where(m => m.Kind == "visit" && d.Has("ATTENDED", "person:rosa-alvarado", m.Id)).ToList();
        Assert.Single(visits);
    }
}
