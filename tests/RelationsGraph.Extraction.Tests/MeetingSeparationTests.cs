namespace RelationsGraph.Extraction.Tests;

/// <summary>Separate events in one sentence or story stay separate meetings.</summary>
public class MeetingSeparationTests
{
    [Fact]
    public void AVisitRecalledInASinceClauseIsItsOwnMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson in Gdansk on Thursday, the first meeting of the two since Estonian Prime Minister Kaja Kallas visited Warsaw in 2019.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Place == "Gdansk");
        Assert.False(d.Has("ATTENDED", "person:kaja-kallas", talks.Id), d.Dump());
        var recalled = d.OfType("Meeting").Single(m => m.Place == "Warsaw");
        Assert.Equal("2019", recalled.Date);
        Assert.False(d.Has("ATTENDED", "person:donald-tusk", recalled.Id), d.Dump());
    }

    [Fact]
    public void HostingADinnerIsTheDinner()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish President Andrzej Duda hosted a state dinner for Czech President Petr Pavel at the Presidential Palace on Thursday.
            """);
        var dinner = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("reception", dinner.Kind);
        Assert.Equal("host", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:andrzej-duda").Role);
        Assert.Equal("guest", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:petr-pavel").Role);
    }

    [Fact]
    public void PeopleAfterATimeAnchorBelongToTheirOwnTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Thursday.
            On the eve of the summit, Polish Foreign Minister Radoslaw Sikorski held talks with Swedish Foreign Minister Tobias Billstrom.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.False(d.Has("ATTENDED", "person:radoslaw-sikorski", summit.Id), d.Dump());
        var talks = d.OfType("Meeting").Single(m => m.Id != summit.Id);
        Assert.True(d.Has("ATTENDED", "person:radoslaw-sikorski", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:donald-tusk", talks.Id), d.Dump());
    }

    [Fact]
    public void ThePlannedSpeechElsewhereIsNotTheDinner()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish President Andrzej Duda hosted a state dinner for Czech President Petr Pavel in Warsaw on Thursday.
            Pavel is scheduled to meet students on Friday before flying to Krakow to deliver a speech.
            """);
        var dinner = d.OfType("Meeting").Single(m => m.Kind == "reception");
        Assert.Equal("Warsaw", dinner.Place);
        Assert.Equal("held", dinner.Status);
    }

    [Fact]
    public void ADateInALaterTimeClauseDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Chilean President Gabriel Boric, attending his last G20 summit before Argentine President Javier Milei takes over in January, arrived late.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.NotEqual("2025-01", summit.Date);
        Assert.NotEqual("2024-01", summit.Date);
        Assert.False(d.Has("ATTENDED", "person:javier-milei", summit.Id), d.Dump());
    }

    [Fact]
    public void TheNearestDateDatesTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 South Africa takes over the rotating presidency next month and will host next year's summit in Johannesburg.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2025", summit.Date);
    }
}
