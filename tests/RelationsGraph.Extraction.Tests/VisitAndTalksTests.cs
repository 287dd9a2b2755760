namespace RelationsGraph.Extraction.Tests;

/// <summary>A visit and the talks held during it: two gatherings, the talks placed where the visit is.</summary>
public class VisitAndTalksTests
{
    [Fact]
    public void TalksDuringAVisitAreAMeetingOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Chilean President Marta Solis arrived in Lima on Tuesday for a two-day state visit to Peru.
            Solis held talks with Peruvian President Hugo Arce at the government palace in the afternoon.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => m.Kind == "visit" && d.Has("ATTENDED", "person:marta-solis", m.Id));
        Assert.Contains(meetings, m => m.Kind == "talks" && d.Has("ATTENDED", "person:hugo-arce", m.Id) && d.Has("ATTENDED", "person:marta-solis", m.Id));
    }

    [Fact]
    public void TalksNamedBesideAVisitTakeItsPlace()
    {
        var d = TestArticles.Extract("date 2024-03-05 On a visit to Nairobi, Ghanaian President Kofi Mensah held talks with Kenyan President Ruth Wanjiru on Tuesday.");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:nairobi"), d.Dump());
    }
}

/// <summary>A phone call is remote: it never merges with a signing or ceremony held in one room.</summary>
public class RemoteAndInPersonTests
{
    [Fact]
    public void APhoneCallIsNotTheSigningCeremony()
    {
        var d = TestArticles.Extract("""
            date 2021-05-20 Foreign Minister Lena Vos and her counterpart Ivo Maric signed the water treaty at a lakeside tent.
            Mediator Paul Roth attended the ceremony.
            On May 12, Vos had a telephone call with Maric to settle the last clause.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.Equal(2, d.Relationships.Count(r => r.Type == "ATTENDED" && r.To == call.Id));
        Assert.Contains(d.OfType("Meeting"), m => m.Kind != "phone_call" && d.Has("ATTENDED", "person:lena-vos", m.Id));
    }
}

/// <summary>Only a visit named before the talks lends them its place: "ahead of a visit to X" names a later journey.</summary>
public class LaterVisitTests
{
    [Fact]
    public void TalksAheadOfALaterVisitDoNotTakeItsPlace()
    {
        var d = TestArticles.Extract("date 2025-06-25 Spanish Prime Minister Pedro Alba and Italian Prime Minister Carla Moretti held talks on Wednesday ahead of a state visit by Moretti to Portugal.");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.False(d.Has("HELD_IN", talks.Id, "country:pt"), d.Dump());
    }
}

/// <summary>"The two" points at a meeting of two people, not at a crowded signing.</summary>
public class ThePairTests
{
    [Fact]
    public void TheTwoLeadersAreNotTheWholeSigningCrowd()
    {
        var d = TestArticles.Extract("""
            date 2018-06-17 Prime Ministers Yannis Doukas and Goran Ilic held talks in Ohrid on June 10.
            On Sunday, Foreign Minister Eleni Kara and her counterpart Marko Petrov signed the accord at the lakeside as Doukas and Ilic looked on.
            EU envoy Anna Berg and UN official Paul Hart attended the ceremony.
            The two prime ministers had settled the last points in a telephone call on June 12.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:anna-berg", call.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:eleni-kara", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:yannis-doukas", call.Id), d.Dump());
    }
}
