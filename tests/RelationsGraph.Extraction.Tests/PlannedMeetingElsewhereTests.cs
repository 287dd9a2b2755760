namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A meeting still to come, told in a report of one already held ("a joint committee will meet in X next month"), is a
/// planned meeting of its own, with its own place, even when it names no one yet; it never places the held meeting.
/// </summary>
public class PlannedMeetingElsewhereTests
{
    [Fact]
    public void APlanPlacedElsewhereIsKeptThoughItNamesNoOne()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni signed a border accord in Nairobi on Tuesday.
            A technical committee will meet in Kampala next month to mark the new line.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.False(d.Has("HELD_IN", held.Id, "place:kampala"), d.Dump());
        var planned = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", planned.Id, "place:kampala"), d.Dump());
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.To == planned.Id), d.Dump());
    }

    [Fact]
    public void BeToAndAgreedToTellAPlanWithoutWill()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni signed a border accord in Nairobi on Tuesday.
            A technical committee is to meet in Kampala next month to mark the new line.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.False(d.Has("HELD_IN", held.Id, "place:kampala"), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("HELD_IN", m.Id, "place:kampala"));
    }

    [Fact]
    public void APurposeToldWithIsToIsNoPlan()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta arrived in Kampala on Tuesday for a state visit.
            The aim of the visit is to deepen trade ties, officials said.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "planned");
    }

    [Fact]
    public void APlannedMeetingOfTheSameKindPlacedElsewhereIsAnotherMeeting()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni held talks in Nairobi on Tuesday.
            Further talks will be held in Kampala, officials said.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.True(d.Has("HELD_IN", held.Id, "place:nairobi"), d.Dump());
        Assert.False(d.Has("HELD_IN", held.Id, "place:kampala"), d.Dump());
    }

    [Fact]
    public void AReturnVisitIsNotTheVisitReported()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta arrived on Tuesday for a state visit and held talks with Ugandan President Yoweri Museveni.
            Museveni accepted an invitation to pay a return visit to Nairobi.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "held" && d.Has("HELD_IN", m.Id, "place:nairobi"));
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("HELD_IN", m.Id, "place:nairobi"));
    }

    [Fact]
    public void WasToTellsAPartOfTheEventReportedNotAPlan()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 Kenyan President Uhuru Kenyatta hosted a reception for Ugandan President Yoweri Museveni in Nairobi on Tuesday.
            The second half of the evening was to include a concert for Museveni and his delegation.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "planned");
    }
}
