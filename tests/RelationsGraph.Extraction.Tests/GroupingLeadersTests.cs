namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A group word ("the leaders", "their") beside a named bloc's gathering told in another town than the story's meeting
/// speaks of that bloc's leaders: the people of the story's meeting are not put on the bloc's gathering. A bloc's
/// gathering in the story's own town, beside which the story's meeting is held, still takes them.
/// </summary>
public class GroupingLeadersTests
{
    private const string Opening = """
        date 2025-03-04

        Norwegian Prime Minister Halvard Brekke held talks with Uruguayan President Tomas Aldecoa in Montevideo on Monday.

        """;

    [Fact]
    public void ABlocsGatheringInAnotherTownDoesNotTakeTheStorysPeople()
    {
        var d = TestArticles.Extract(Opening +
            "The draft had been settled a week earlier in Lagos, where aides of both sides met beside the African Union summit and agreed a text for the leaders to approve.\n");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:halvard-brekke", m.Id) && d.Has("ATTENDED", "person:tomas-aldecoa", m.Id));
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:halvard-brekke", m.Id));
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-aldecoa", m.Id));
    }

    [Fact]
    public void ABlocsGatheringInTheStorysTownKeepsThem()
    {
        var d = TestArticles.Extract(Opening +
            "The leaders stayed on in Montevideo for the Mercosur summit, which opened on Tuesday.\n");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:halvard-brekke", m.Id) && d.Has("ATTENDED", "person:tomas-aldecoa", m.Id));
    }
}
