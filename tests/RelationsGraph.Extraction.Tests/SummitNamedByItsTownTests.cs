namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The Andean summit ... the communique of the Cusco summit": a grouping's held summit told with no place, and a summit named by
/// its town with no one and no date of its own, are one gathering; the town then places it.
/// </summary>
public class SummitNamedByItsTownTests
{
    [Fact]
    public void TheTownNamedSummitIsTheGroupingsSummitToldWithoutAPlace()
    {
        var d = TestArticles.Extract("""
            date 2025-03-08 The 14th ECOWAS summit was dominated by the crisis in the Sahel.
            Among those attending were Ghanaian President Kwesi Boateng and Senegalese President Ousmane Ndiaye Sarr.
            Officials released the closing statement of the Lome summit late in the evening.
            """);
        var summits = d.OfType("Meeting").Where(m => m.Kind == "summit").ToList();
        Assert.Single(summits);
        Assert.True(d.Has("HELD_IN", summits[0].Id, "place:lome"), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:kwesi-boateng", summits[0].Id), d.Dump());
    }

    [Fact]
    public void ATownNamedSummitWithADateOfItsOwnIsAnotherGathering()
    {
        var d = TestArticles.Extract("""
            date 2025-03-08 The 14th ECOWAS summit was dominated by the crisis in the Sahel.
            Among those attending were Ghanaian President Kwesi Boateng and Senegalese President Ousmane Ndiaye Sarr.
            The accord was first drafted at the Lome summit in May 2019.
            """);
        var held = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kwesi-boateng", m.Id));
        Assert.False(d.Has("HELD_IN", held.Id, "place:lome"), d.Dump());
    }
}
