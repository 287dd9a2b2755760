namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document whose name writes a year before the story's ("the 1962 treaty", "the border treaty of 1958"), told with the place and the signers of its
/// signing in a reduced relative, names an older signing held there, apart from the story's own meeting even in the same town.
/// </summary>
public class SignedInTheYearOfItsNameTests
{
    [Fact]
    public void ABareYearInTheNameDatesTheSigningAtItsPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Foreign Minister Petra Lindqvist of Norland met her Ostavian counterpart Jonas Mirel in Keldrava on Wednesday.
            Under the 1962 treaty, signed in Velmora by Anton Fell and Mira Dosk, the upper valley belongs to Ostavia.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:velmora"));
        Assert.StartsWith("1962", signing.Date);
        Assert.True(d.Has("ATTENDED", "person:anton-fell", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:petra-lindqvist", signing.Id), d.Dump());
    }

    [Fact]
    public void TheOlderSigningStaysApartFromTheStorysMeetingInTheSameTown()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Foreign Minister Petra Lindqvist of Norland met her Ostavian counterpart Jonas Mirel in Velmora on Wednesday.
            The two ministers reaffirmed the border treaty of 1958, signed in Velmora by their predecessors, which fixed the frontier.
            """);
        var meetings = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:velmora")).ToList();
        Assert.True(meetings.Count == 2, d.Dump());
        Assert.Contains(meetings, m => !d.Has("ATTENDED", "person:petra-lindqvist", m.Id));
    }
}
