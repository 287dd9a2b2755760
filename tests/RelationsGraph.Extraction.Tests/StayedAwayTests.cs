namespace RelationsGraph.Extraction.Tests;

/// <summary>"X stayed away from the summit", "Neither X nor Y came", "in place of X, who stayed home": absent, not attending.</summary>
public class StayedAwayTests
{
    [Fact]
    public void WhoStayedAwayFromTheSummitDidNotAttendIt()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 VELMORA, June 14 - President Tomas Varga of Moldavia and President Irena Kostic of Lantria held a summit in Velmora on Monday on river transport.
            General Piet Oranje, the retiring army chief, stayed away from the summit, saying soldiers should keep out of politics.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:tomas-varga", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:piet-oranje", summit.Id), d.Dump());
    }

    [Fact]
    public void LeadersNamedWithNeitherOrInPlaceOfAreAbsent()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 VELMORA, June 14 - Neither President Oskar Dahlberg nor Prime Minister Lena Vogt came to the summit in Velmora on Monday.
            Lantria sent Foreign Minister Marek Sobczak to the summit in place of President Irena Kostic, who stayed home for a budget vote.
            """);
        foreach (var summit in d.OfType("Meeting"))
        {
            Assert.False(d.Has("ATTENDED", "person:oskar-dahlberg", summit.Id), d.Dump());
            Assert.False(d.Has("ATTENDED", "person:lena-vogt", summit.Id), d.Dump());
            Assert.False(d.Has("ATTENDED", "person:irena-kostic", summit.Id), d.Dump());
        }
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:marek-sobczak", m.Id));
    }

    [Fact]
    public void WhoStayedBehindToLeadTheDelegationIsStillThere()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 VELMORA, June 14 - President Tomas Varga of Moldavia and President Irena Kostic of Lantria opened a summit in Velmora on Monday.
            Varga left after an hour, and Lantrian Foreign Minister Marek Sobczak, who stayed behind at the summit to lead the delegation, spoke for both.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:marek-sobczak", summit.Id), d.Dump());
    }

    [Fact]
    public void AnEventPastTheCommaAfterTheAbsenceIsAnotherOne()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 VELMORA, June 14 - Lantrian President Irena Kostic did not attend Monday's river ceremony in Velmora, as she had left for the Northern Forum summit in Oslavik.
            """);
        var kostic = Assert.Single(d.OfType("Person")).Id;
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", kostic, summit.Id), d.Dump());
    }
}
