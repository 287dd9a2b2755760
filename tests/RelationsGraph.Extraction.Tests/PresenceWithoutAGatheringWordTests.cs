namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A sentence telling who was there without naming the gathering again: a group counted out with "they included", people
/// who "joined them on the stage", an inverted seat beside a named person ("Alongside Mr X sat ..."), a seat "among the
/// observers", and membership told as being "in" or joining a delegation. Each links its people to the gathering just told.
/// </summary>
public class PresenceWithoutAGatheringWordTests
{
    [Fact]
    public void TheyIncludedCountsOutTheGroupJustTold()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring hosted a regional summit on river security in Brenhall on Tuesday.
            The visiting presidents took part as observers rather than as members. Besides Mr Kesselring, they included Tomas Okafen of Ghana, Ilse Marrow of Peru and Dede Quarshon of Chile.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:tomas-okafen", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void TheyIncludedAboutThingsAddsNobody()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen held talks in Brenhall on Tuesday.
            Several disputes were left open. They included the fishing quotas raised by Ilse Marrow in a letter last year.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
    }

    [Fact]
    public void JoiningThemOnTheStageAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen launched a rail corridor at a ceremony co-chaired by the two men in Brenhall on Tuesday.
            Pellinor's Prime Minister Ilse Marrow and the Ostravian President, Dede Quarshon, joined them on the stage.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void FrontedSeatBesideANamedPersonAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Government and opposition leaders opened formal talks in Brenhall on Tuesday, the first since the war.
            The government side was led by Prime Minister Arno Kesselring. Alongside Mr Kesselring sat Ilse Marrow, the finance minister, and Piet Lovrenk, the army chief.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:piet-lovrenk", meeting.Id), d.Dump());
    }

    [Fact]
    public void SittingAmongTheObserversAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian and Maruvian negotiators held a fourth round of talks in Brenhall on Tuesday.
            Lena Ostrova, the businesswoman who carried messages between the capitals, sat among the observers.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:lena-ostrova", meeting.Id), d.Dump());
    }

    [Fact]
    public void BeingInOrJoiningADelegationAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring began a state visit of two days in Brenhall on Tuesday, his first to Maruvia.
            Ilse Marrow, the former trade minister, was in the Valdorian delegation. Deputy Foreign Minister Piet Lovrenk joined Kesselring's delegation on the second day.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:piet-lovrenk", meeting.Id), d.Dump());
    }
}
