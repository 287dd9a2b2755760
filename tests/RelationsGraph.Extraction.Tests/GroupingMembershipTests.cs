using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Member states of groupings (memberships.txt) and the parties of a document a grouping concludes as a whole.</summary>
public class GroupingMembershipTests
{
    [Fact]
    public void MembershipFollowsTheYearsOfJoiningAndLeaving()
    {
        var kb = KnowledgeBase.Default;
        Assert.Contains("FI", kb.MembersOf("North Atlantic Treaty Organization", 2024));
        Assert.DoesNotContain("FI", kb.MembersOf("North Atlantic Treaty Organization", 2020));
        Assert.Contains("GB", kb.MembersOf("European Union", 2015));
        Assert.DoesNotContain("GB", kb.MembersOf("European Union", 2021));
        Assert.DoesNotContain("GB", kb.MembersOf("European Union", null));
        Assert.Empty(kb.MembersOf("World Bank", 2020));
    }

    [Fact]
    public void AGroupingThatSignsADocumentBindsItsMembersButNotItsGuests()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14 Foreign ministers of Saudi Arabia, Kuwait, Oman and Qatar met in Riyadh on Monday, with Jordan attending as a guest.
            The Gulf Cooperation Council signed a declaration on water security at the meeting, the host said, as Kuwait, Oman, Qatar and Jordan looked on.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var member in new[] { "kw", "om", "qa" })
            Assert.True(d.Has("PARTY_TO", "country:" + member, declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:jo", declaration.Id), d.Dump());
    }

    [Fact]
    public void GroupingMembersAVisitorMeetsAreNoMakersOfWhatTheVisitorSigns()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 The Japanese foreign minister spent Tuesday meeting Pacific Islands Forum leaders and then signed a fisheries accord with Fiji.
            Tonga, Samoa and Vanuatu sent their prime ministers to the talks in Suva.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:fj", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:jp", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:to", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:vu", accord.Id), d.Dump());
    }

    [Fact]
    public void ANonMemberThatSignsTheGroupingsDocumentIsBoundToo()
    {
        var d = TestArticles.Extract("""
            date 2021-01-05 The Gulf Cooperation Council signed a declaration on trade in Riyadh on Tuesday, as Kuwait, Oman, Qatar and Turkey looked on.
            Egypt, which is not a member, signed the declaration through its foreign minister.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:eg", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:om", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:tr", declaration.Id), d.Dump());
    }
    [Fact]
    public void SouthAsianAndPacificAllianceMembersAreKnown()
    {
        var kb = KnowledgeBase.Default;
        Assert.Contains("BT", kb.MembersOf("South Asian Association for Regional Cooperation", 2004));
        Assert.DoesNotContain("AF", kb.MembersOf("South Asian Association for Regional Cooperation", 2004));
        Assert.Contains("AF", kb.MembersOf("South Asian Association for Regional Cooperation", 2014));
        Assert.Contains("CO", kb.MembersOf("Pacific Alliance", 2016));
        Assert.DoesNotContain("EC", kb.MembersOf("Pacific Alliance", 2016));
    }

    [Fact]
    public void TheLeadersOfASouthAsianGroupingBindTheMembersTheStoryNames()
    {
        var d = TestArticles.Extract("""
            date 2009-11-02 The leaders of the SAARC countries adopted the Declaration on Mountain Glaciers on Monday after two days of talks.
            Bhutan, Nepal and the Maldives had asked for a fund for the smallest members, and Japan, an observer, promised money.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var member in new[] { "bt", "np", "mv" })
            Assert.True(d.Has("PARTY_TO", "country:" + member, declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:jp", declaration.Id), d.Dump());
    }
    [Fact]
    public void AsiaPacificMembersFollowTheirYearsOfJoining()
    {
        var kb = KnowledgeBase.Default;
        Assert.Contains("VN", kb.MembersOf("Asia-Pacific Economic Cooperation", 2017));
        Assert.DoesNotContain("VN", kb.MembersOf("Asia-Pacific Economic Cooperation", 1995));
        Assert.DoesNotContain("CO", kb.MembersOf("Asia-Pacific Economic Cooperation", 2017));
    }

    [Fact]
    public void AnAsiaPacificDocumentBindsItsMembersButNotItsGuests()
    {
        var d = TestArticles.Extract("""
            date 2016-11-19 Leaders of Japan, Peru and Chile met on Saturday, with Colombia attending as a guest.
            The Asia-Pacific Economic Cooperation forum adopted a declaration on ocean freight at the meeting, the host said, as Japan, Peru, Chile and Colombia looked on.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var member in new[] { "jp", "pe", "cl" })
            Assert.True(d.Has("PARTY_TO", "country:" + member, declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:co", declaration.Id), d.Dump());
    }
}
