namespace RelationsGraph.Extraction.Tests;

public class MeetingTests
{
    private const string Summit = """
        date 2024-09-20 Vietnamese President To Lam hosted Indonesian President Prabowo Subianto in Hanoi on Thursday.
        The two leaders held talks on maritime security. Prabowo said the meeting was warm.
        Thai Prime Minister Srettha Thavisin did not attend the talks.
        """;

    [Fact]
    public void AMeetingHasKindDatePlaceAndParticipants()
    {
        var d = TestArticles.Extract(Summit);
        // The hosting is the visit; the talks held during it are a meeting of their own (see VisitAndTalksTests).
        var meeting = d.OfType("Meeting").Single(m => m.Kind == "visit");
        Assert.True(d.OfType("Meeting").Any(m => m.Kind == "talks" && d.Has("HELD_IN", m.Id, "place:hanoi")), d.Dump());
        Assert.Equal("2024-09-19", meeting.Date);
        Assert.Equal("Hanoi", meeting.Place);
        Assert.Equal("held", meeting.Status);
        Assert.True(d.Has("ATTENDED", "person:to-lam", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:prabowo-subianto", meeting.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", meeting.Id, "place:hanoi"));
        var host = d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:to-lam" && r.To == meeting.Id);
        Assert.Equal("host", host.Role);
        Assert.False(string.IsNullOrEmpty(host.Evidence));
        Assert.InRange(host.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void NotAttendingIsNoAttendance()
    {
        var d = TestArticles.Extract(Summit);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:srettha-thavisin");
    }

    [Fact]
    public void ExpectedAndWillAreSummitsPlanned()
    {
        var d = TestArticles.Extract("date 2024-03-01 Chilean President Gabriel Boric is expected to attend a summit of the G20 in Rio de Janeiro next month.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("planned", meeting.Status);
        Assert.Equal("summit", meeting.Kind);
        Assert.Equal("2024-04", meeting.Date);
        Assert.Contains("G20 summit", meeting.Aliases);
    }

    [Fact]
    public void SpeculationIsNotAMeeting()
    {
        var d = TestArticles.Extract("Analysts wonder whether Finnish President Alexander Stubb might hold talks with Estonian Prime Minister Kristen Michal.");
        Assert.Empty(d.OfType("Meeting"));
    }

    [Fact]
    public void TheSameMeetingGetsTheSameIdFromTwoArticles()
    {
        var a = TestArticles.Extract("date 2024-09-20 Vietnamese President To Lam hosted Indonesian President Prabowo Subianto in Hanoi on Thursday.");
        var b = TestArticles.Extract("date 2024-09-25 Last week Prabowo Subianto, Indonesia's president, met To Lam, Vietnam's president, in Hanoi, officials said.\nThe meeting took place on Sept. 19.");
        Assert.Equal(a.OfType("Meeting").Single().Id, b.OfType("Meeting").Single().Id);
    }

    [Fact]
    public void PhoneCallsAreMeetingsWithoutAPlace()
    {
        var d = TestArticles.Extract("date 2024-11-08 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a phone call on Thursday.");
        var call = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("phone_call", call.Kind);
        Assert.Equal("2024-11-07", call.Date);
        Assert.Null(call.Place);
    }

    [Fact]
    public void ReceivedWithANameIsAHostedVisit()
    {
        var d = TestArticles.Extract("date 2024-05-10 Kenyan President William Ruto received Ghanaian President John Mahama in Nairobi on Thursday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", meeting.Id, "place:nairobi"), d.Dump());
        Assert.Equal("host", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:william-ruto").Role);
        Assert.Equal("guest", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:john-mahama").Role);
    }

    [Fact]
    public void APhoneCallAndAPlannedVisitAreTwoMeetings()
    {
        var d = TestArticles.Extract("""
            date 2024-11-08 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a phone call on Thursday.
            Tusk invited Kristersson to visit Warsaw later this month.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.Null(call.Place);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "visit" && m.Place == "Warsaw");
    }

    [Fact]
    public void TheGatheringAfterAGroupingsSummitIsThatSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-06-01 Spanish Prime Minister Pedro Sanchez will attend the NATO summit in Washington next month, while Portuguese Prime Minister Luis Montenegro is also expected at the gathering.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:luis-montenegro", summit.Id), d.Dump());
    }
}
