namespace RelationsGraph.Extraction.Tests;

/// <summary>A place where an event was watched, judged or answered is not where it was held.</summary>
public class ReactionPlaceTests
{
    [Fact]
    public void APlaceWhereTheTalksWereFollowedDoesNotHoldThem()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Ines Calderva held talks with Peruvian President Tomas Quillarte on Tuesday.
            The talks were followed keenly in Brenvale.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("brenvale"));
    }

    [Fact]
    public void APlaceWhereTheTalksDrewCriticismDoesNotHoldThem()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Ines Calderva held talks with Peruvian President Tomas Quillarte on Tuesday.
            The talks drew sharp criticism in Brenvale.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("brenvale"));
    }

    [Fact]
    public void APlaceWhereTheTalksWereReadAsASignalDoesNotHoldThem()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Ines Calderva held talks with Peruvian President Tomas Quillarte on Tuesday.
            The talks were widely read in Brenvale as a sign that the border quarrel was over.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("brenvale"));
    }

    [Fact]
    public void ThePlaceOfTheCriticsWhoMockedTheTalksDoesNotHoldThem()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Ines Calderva held talks with Peruvian President Tomas Quillarte on Tuesday.
            The talks, cut short by a storm, were mocked by critics in Brenvale.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("brenvale"));
    }
}
