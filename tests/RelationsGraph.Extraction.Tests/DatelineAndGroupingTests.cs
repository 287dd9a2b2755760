namespace RelationsGraph.Extraction.Tests;

/// <summary>A dateline town no list has, and a grouping that only qualifies an official.</summary>
public class DatelineAndGroupingTests
{
    [Fact]
    public void AnUnlistedDatelineTownPlacesTheMeetingFiledFromIt()
    {
        var d = TestArticles.Extract("""
            KERVALLO, Norland, March 3 (Coast Wire) - Rival leaders Tomas Brekke and Ivar Solheim held talks on Saturday in this harbour town.
            """, "kervallo.txt");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kervallo"), d.Dump());
    }

    [Fact]
    public void AGroupingBeforeAnOfficialsTitleMakesNoSummit()
    {
        var d = TestArticles.Extract("date 2023-03-18 The EU's foreign policy chief Josep Borrell hosted a meeting of Aleksandar Vucic and Albin Kurti on Saturday.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "summit");
    }
}
