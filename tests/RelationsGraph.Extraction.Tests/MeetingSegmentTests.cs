namespace RelationsGraph.Extraction.Tests;

/// <summary>Mentions that start a meeting of their own rather than join the one already told.</summary>
public class MeetingSegmentTests
{
    [Fact]
    public void AVisitDatedMonthsBeforeTheStoryIsNotTheUndatedVisitReported()
    {
        var d = TestArticles.Extract("""
            date 2024-11-14 Chilean President Gabriel Boric paid a state visit to Uruguay, hosted by Uruguayan President Luis Lacalle Pou.
            Chilean Foreign Minister Alberto van Klaveren had paid a visit in June to prepare the agenda.
            """);
        var visit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:gabriel-boric", m.Id));
        Assert.False(d.Has("ATTENDED", "person:alberto-van-klaveren", visit.Id), d.Dump());
        Assert.NotEqual("2024-06", visit.Date);
    }

    [Fact]
    public void ADateInTheStorysMonthStillDatesTheUndatedVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-11-14 Chilean President Gabriel Boric paid a state visit to Uruguay, hosted by Uruguayan President Luis Lacalle Pou.
            The two-day visit ended on November 13 with a joint statement.
            """);
        Assert.Equal("2024-11-13", Assert.Single(d.OfType("Meeting")).Date);
    }

    [Fact]
    public void APlannedMeetingWithSomeoneNewIsNotTheHeldTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-11-14 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha.
            Ugandan President Yoweri Museveni is expected to meet Hassan in the coming weeks.
            """);
        var held = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:william-ruto", m.Id));
        Assert.False(d.Has("ATTENDED", "person:yoweri-museveni", held.Id), d.Dump());
    }

    [Fact]
    public void TalksOnTheMarginsOfASummitAreAMeetingOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-11-14 Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan held a summit in Arusha on Thursday.
            On the margins of the summit, Ruto held bilateral talks with Museveni.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:samia-suluhu-hassan", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:william-ruto", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:samia-suluhu-hassan", talks.Id), d.Dump());
    }

    [Fact]
    public void TalksThatCloseAVisitAreTheirOwnMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-11-16 Chilean President Gabriel Boric wrapped up a two-day state visit to Uruguay on Friday with talks at the Torre Ejecutiva with Uruguayan President Luis Lacalle Pou.
            """);
        var visit = d.OfType("Meeting").Single(m => m.Kind == "visit");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:torre-ejecutiva"), d.Dump());
        Assert.False(d.Has("HELD_IN", visit.Id, "place:torre-ejecutiva"), d.Dump());
    }

    [Fact]
    public void AVisitToAnotherCountryIsAnotherMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-11-16 Maldivian President Mohamed Muizzu paid a state visit to India, hosted by Indian Prime Minister Narendra Modi.
            Modi has accepted an invitation to visit the Maldives.
            """);
        var inIndia = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "country:in"));
        Assert.False(d.Has("HELD_IN", inIndia.Id, "country:mv"), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Id != inIndia.Id && d.Has("HELD_IN", m.Id, "country:mv"));
    }

    [Fact]
    public void TalksInAnotherTownAreAnotherLegOfTheJourney()
    {
        var d = TestArticles.Extract("""
            date 2024-11-16 Brazilian President Luiz Inacio Lula da Silva welcomed Chilean President Gabriel Boric in Brasilia for talks.
            The two presidents held talks in Sao Paulo with business leaders.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count());
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:brasilia") && d.Has("HELD_IN", m.Id, "place:sao-paulo"));
    }

    [Fact]
    public void AWelcomeAndTheConferralOfAnHonourAreTwoCeremonies()
    {
        var d = TestArticles.Extract("""
            date 2025-03-16 Ghanaian President John Mahama inspected a guard of honour with Kenyan President William Ruto at State House in Nairobi.
            Later, Ruto conferred the Order of the Golden Heart on Mahama.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => m.Kind == "ceremony"));
    }
}
