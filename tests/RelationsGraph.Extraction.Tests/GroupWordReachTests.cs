namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A word for the group under discussion ("the two leaders", "the pair") brings the people of the story's meeting only to
/// the reference of its sentence nearest to it, not to another gathering the same sentence names; as the clause's subject
/// before every reference it reaches them all.
/// </summary>
public class GroupWordReachTests
{
    private const string Opening = """
        date 2025-03-04

        Norwegian Prime Minister Halvard Brekke held talks with Uruguayan President Tomas Aldecoa in Montevideo on Monday.

        """;

    [Fact]
    public void AnotherGatheringOfTheSentenceDoesNotTakeTheGroup()
    {
        var d = TestArticles.Extract(Opening + "The talks between the two leaders ran late into the night as a shipping conference opened in Salto.\n");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:halvard-brekke", m.Id) && d.Has("ATTENDED", "person:tomas-aldecoa", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:salto") && d.Has("ATTENDED", "person:halvard-brekke", m.Id));
    }

    [Fact]
    public void TheGroupAsSubjectOfTheClauseReachesEveryReference()
    {
        var d = TestArticles.Extract(Opening + "The two leaders had first met in June in Salto, where they attended a river ports conference hosted by the mayor.\n");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:salto") && d.Has("ATTENDED", "person:halvard-brekke", m.Id) &&
                                                   d.Has("ATTENDED", "person:tomas-aldecoa", m.Id));
    }
}
