namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The two presidents were later guests of A and B at a banquet": the group subject is the story's pair, and the people named
/// after "of" are their hosts, not the pair itself.
/// </summary>
public class GroupSubjectBeforeNamesTests
{
    [Fact]
    public void TheTwoLeadersAsGuestsOfAHostAttendTheBanquet()
    {
        var d = TestArticles.Extract("""
            date 2022-05-11 President Oskar Lindqvard and Prime Minister Tomas Vellacourt held talks in Brennholm on Tuesday.
            The two leaders were later guests of King Aldous Brimvale and Queen Mirela Brimvale at a banquet in the royal palace.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aldous-brimvale", m.Id));
        Assert.True(d.Has("ATTENDED", "person:oskar-lindqvard", banquet.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tomas-vellacourt", banquet.Id), d.Dump());
    }

    [Fact]
    public void NamesBeforeTheGroupWordAreTheGroup()
    {
        var d = TestArticles.Extract("""
            date 2022-05-11 President Oskar Lindqvard and Prime Minister Tomas Vellacourt held talks in Brennholm on Tuesday.
            On Wednesday Foreign Minister Ilse Marbeck held talks with her counterpart Jonas Feldreich, and the two discussed fishing rights.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilse-marbeck", m.Id));
        Assert.False(d.Has("ATTENDED", "person:oskar-lindqvard", talks.Id), d.Dump());
    }
}
