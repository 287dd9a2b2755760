namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, a spokesman, told reporters", "according to Y": the one who relays a gathering to the press is no participant of it.</summary>
public class PressBrieferTests
{
    [Fact]
    public void WhoToldReportersAboutTheTalksDidNotAttendThem()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 VELMORA, May 14 - Prime Minister Arvid Kestel of Norlandia held talks in Velmora on Tuesday with President Idris Marovan of Kessaria on a shared railway.
            The two leaders agreed on a joint survey during the talks, government spokeswoman Lenka Brasova told reporters.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:arvid-kestel", talks.Id));
        Assert.True(d.Has("ATTENDED", "person:idris-marovan", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:lenka-brasova", talks.Id));
    }

    [Fact]
    public void WhoBriefedTheMediaOnTheVisitDidNotMakeIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 VELMORA, May 14 - Prime Minister Arvid Kestel of Norlandia began a state visit to Kessaria on Tuesday and met President Idris Marovan in Velmora.
            Deputy Foreign Minister Tomas Oderlund briefed the media about what the visit achieved.
            """);
        Assert.NotEmpty(d.OfType("Meeting"));
        Assert.True(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:arvid-kestel"));
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:tomas-oderlund"));
    }

    [Fact]
    public void WhoTheReportIsCreditedToDidNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 VELMORA, May 14 - Prime Minister Arvid Kestel of Norlandia met President Idris Marovan of Kessaria in Velmora on Tuesday.
            The meeting lasted more than two hours, according to presidential aide Mirela Dastan.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:idris-marovan", meeting.Id));
        Assert.False(d.Has("ATTENDED", "person:mirela-dastan", meeting.Id));
    }

    [Fact]
    public void WhoToldReportersAtTheSummitOrInHisOwnWordsStays()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 VELMORA, May 14 - Leaders of the Amber Coast Council met in Velmora on Tuesday for their annual summit, chaired by Prime Minister Arvid Kestel of Norlandia.
            "Our summit has shown that the coast speaks with one voice," Kestel told reporters at the summit.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:arvid-kestel", summit.Id));
    }
}
