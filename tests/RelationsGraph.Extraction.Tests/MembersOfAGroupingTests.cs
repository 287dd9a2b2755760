namespace RelationsGraph.Extraction.Tests;

/// <summary>A bloc named for its member nations ("a Commonwealth country", "members of the Forum") names no sitting of the bloc.</summary>
public class MembersOfAGroupingTests
{
    [Theory]
    [InlineData("Palau and Tonga, both long-standing members of the Pacific Islands Forum, signed a fisheries accord in Koror on Thursday.")]
    [InlineData("Seven Pacific Islands Forum members signed a fisheries accord in Koror on Thursday.")]
    public void AForumNamedForItsMembersIsNoGathering(string sentence)
    {
        var d = TestArticles.Extract($"date 2023-08-10 {sentence}");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id.Contains("pacific-islands-forum"));
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AVisitToAMemberCountryIsNoSummitOfTheBloc()
    {
        var d = TestArticles.Extract("date 2023-08-10 President Ana Rivaldo of Chile arrived in Accra on Thursday, her first state visit to any Commonwealth country.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id.Contains("commonwealth"));
    }

    [Fact]
    public void TheForumHeldInATownStaysAGathering()
    {
        var d = TestArticles.Extract("date 2023-08-10 Leaders opened the Pacific Islands Forum in Koror on Thursday.");
        Assert.Contains(d.OfType("Meeting"), m => m.Id.Contains("pacific-islands-forum"));
    }
}
