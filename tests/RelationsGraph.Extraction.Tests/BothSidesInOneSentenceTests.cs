namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "on the Chilean side by A, and on the Peruvian side by B", "The Chilean delegation was led by A and the Peruvian side by B":
/// a sentence that tells both sides gives each official the side opened nearest before them.
/// </summary>
public class BothSidesInOneSentenceTests
{
    private const string Opening = "date 2024-06-12 Chile and Peru held a round of border talks in Arica on Wednesday. ";

    [Fact]
    public void EachOfficialTakesTheSideOpenedNearestBeforeThem()
    {
        var d = TestArticles.Extract(Opening + "The talks were led on the Chilean side by Deputy Minister Ramona Ituarte and Water Commissioner Ignacio Pardal, " +
                                     "and on the Peruvian side by Deputy Minister Teodoro Huamanchumo and Ambassador Celia Quispecahua.");
        Assert.True(d.Has("REPRESENTS", "person:ignacio-pardal", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:teodoro-huamanchumo", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:celia-quispecahua", "country:pe"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:teodoro-huamanchumo", "country:cl"), d.Dump());
    }

    [Fact]
    public void ASecondSideAfterAndGivesTheLeaderAfterItItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The Chilean delegation was led by Deputy Minister Ramona Ituarte and the Peruvian side by Deputy Minister Teodoro Huamanchumo.");
        Assert.True(d.Has("REPRESENTS", "person:ramona-ituarte", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:teodoro-huamanchumo", "country:pe"), d.Dump());
    }
}
