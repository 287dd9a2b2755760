namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Presence told in the other common forms: "were also present", a fronted "Also in the hall were ...", "among those at
/// the head table", a row beyond the first, a degree adverb before "behind", and a roll running over two sentences before
/// the gathering can be joined.
/// </summary>
public class PresenceFormsTests
{
    [Fact]
    public void AlsoPresentAfterTheCopulaAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            Valdorian Foreign Minister Ilse Marrow and Maruvian Foreign Minister Dede Quarshon were also present.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void FrontedAlsoInTheHallWithTheNamesAfterTheCopulaAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            Also in the hall were Valdorian Defence Minister Piet Lovrenk and Maruvian Defence Minister Sahel Amundo.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:piet-lovrenk", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:sahel-amundo", meeting.Id), d.Dump());
    }

    [Fact]
    public void AmongThoseAtTheHeadTableAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring hosted a state banquet for Maruvian President Tomas Okafen in Brenhall on Tuesday.
            Valdorian Foreign Minister Ilse Marrow and the Maruvian ambassador, Kofi Brandel, were among those at the main table.
            Kesselring spoke briefly at the banquet.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:kofi-brandel", meeting.Id), d.Dump());
    }

    [Fact]
    public void SittingInTheSecondRowOrAtTheBackAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            The mediator, Lena Ostrova, sat in the second row.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:lena-ostrova", meeting.Id), d.Dump());
    }

    [Fact]
    public void StandingDirectlyBehindTheSignersAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            Their negotiators, Ilse Marrow and Dede Quarshon, stood directly behind the two presidents as they signed.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void ARollOverTwoSentencesBeforeTheCeremonyIsToldAllAttend()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring hosted the opening ceremony of the new bridge in Brenhall on Tuesday.
            Maruvian President Tomas Okafen and Ostrian Prime Minister Lena Ostrova attended.
            The Valdorian first lady, Ilse Kesselring, and Maruvian Foreign Minister Dede Quarshon were also present.
            "This bridge joins our peoples," Kesselring said at the ceremony.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:tomas-okafen", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:lena-ostrova", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void ThoseAtTheTableWithoutAmongIsNoRoll()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            Those at the table, analyst Piet Lovrenk wrote later, had little choice.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:piet-lovrenk");
    }

    [Fact]
    public void SittingInOnTheSessionsAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen opened a three-day summit in Brenhall on Tuesday.
            Valdorian Foreign Minister Ilse Marrow sat in on the plenary sessions.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
    }

    [Fact]
    public void SittingWithTheDelegationsAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            Foreign ministers Ilse Marrow and Dede Quarshon sat with their delegations.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dede-quarshon", meeting.Id), d.Dump());
    }

    [Fact]
    public void SittingWithAFriendIsNoSeatInADelegation()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday.
            In Ostria, the novelist Piet Lovrenk sat with friends in a cafe and read the news.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:piet-lovrenk");
    }

    [Fact]
    public void PresenceToldAsPastJoinsNoGroupingSummitToldOnlyAsComing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Valdorian President Arno Kesselring and Maruvian President Tomas Okafen signed a water treaty in Brenhall on Tuesday, after talks that also covered next week's G20 summit in Seoul.
            Valdorian Foreign Minister Ilse Marrow was also present.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:brenhall"));
        var summit = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:seoul"));
        Assert.True(d.Has("ATTENDED", "person:ilse-marrow", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:ilse-marrow", summit.Id), d.Dump());
    }

    [Fact]
    public void FrontedAcrossTheTableSeatsThePeopleNamedAfterThePosture()
    {
        var d = TestArticles.Extract("""
            date 2025-05-06 Ruritanian President Tobin Arvel held talks with Bordurian President Casimir Oleck in Valmora on Tuesday.
            Across the table sat Finance Minister Lidia Harsk, Foreign Minister Pavel Skorn and Trade Minister Ines Dorrek.
            The two men last sat across the table from each other in 2019, when Deputy Minister Milan Hodak was still in office.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:valmora"));
        Assert.True(d.Has("ATTENDED", "person:lidia-harsk", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pavel-skorn", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ines-dorrek", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:milan-hodak", talks.Id), d.Dump());
    }
}
