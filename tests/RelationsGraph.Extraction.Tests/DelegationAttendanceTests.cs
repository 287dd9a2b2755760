namespace RelationsGraph.Extraction.Tests;

/// <summary>Those who lead or make up a delegation are at the gathering under discussion.</summary>
public class DelegationAttendanceTests
{
    [Fact]
    public void TheHeadAndMembersOfADelegationAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            The Armenian delegation was headed by Foreign Minister Ararat Mirzoyan and included Deputy Foreign Minister Mnatsakan Safaryan.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:geneva"));
        Assert.True(d.Has("ATTENDED", "person:ararat-mirzoyan", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mnatsakan-safaryan", talks.Id), d.Dump());
    }

    [Fact]
    public void WhoLedOneSideAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Armenian Foreign Minister Ararat Mirzoyan, who led the Armenian side, called them useful.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:geneva"));
        Assert.True(d.Has("ATTENDED", "person:ararat-mirzoyan", talks.Id), d.Dump());
    }

    [Fact]
    public void AGatheringToldWithoutPeopleOrDateIsStartedByTheDelegationToldAtIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva behind closed doors.
            The Armenian delegation was headed by Foreign Minister Ararat Mirzoyan.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ararat-mirzoyan", m.Id));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:geneva"), d.Dump());
    }

    [Fact]
    public void WhoLeadsOrHeadsADelegationInAnotherFormAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 A conference on river basins opened in Kampala on Monday.
            Burundian President Jean Ndikumana flew home after the opening speech, and Foreign Minister Alice Nkurunziza stayed behind to lead the delegation.
            Tomas Eriksen, head of the Danish delegation, pledged new money for dams.
            """);
        var conference = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:kampala"));
        Assert.True(d.Has("ATTENDED", "person:alice-nkurunziza", conference.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tomas-eriksen", conference.Id), d.Dump());
    }

    [Fact]
    public void LeadingADelegationToAPlaceIsAJourneyOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 A conference on river basins opened in Kampala on Monday.
            Foreign Minister Alice Nkurunziza will lead a trade delegation to Nairobi next month.
            """);
        var conference = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:kampala"));
        Assert.False(d.Has("ATTENDED", "person:alice-nkurunziza", conference.Id), d.Dump());
    }

    [Fact]
    public void WhoLeadsATeamOrTheSignatoriesOfASideAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-05-06 Talks on the river treaty opened in Valmora on Tuesday.
            Interior Minister Tobin Arvel, who has served in three cabinets, led the Ruritanian team.
            The Bordurian team was headed by Deputy Prime Minister Casimir Oleck and included Trade Minister Mara Quint.
            Ines Dorrek and Pavel Skorn led the rebel signatories.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:valmora"));
        Assert.True(d.Has("ATTENDED", "person:tobin-arvel", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:casimir-oleck", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mara-quint", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ines-dorrek", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pavel-skorn", talks.Id), d.Dump());
    }

    [Fact]
    public void PraisingATeamOrLeadingOneToAnotherPlaceIsNoAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-05-06 Talks on the river treaty opened in Valmora on Tuesday.
            Foreign Minister Lisa Ferran will lead a trade team to Ostrava next month.
            Opposition leader Milan Hodak praised the Ruritanian team in a radio interview.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:valmora"));
        Assert.False(d.Has("ATTENDED", "person:lisa-ferran", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:milan-hodak", talks.Id), d.Dump());
    }
}
