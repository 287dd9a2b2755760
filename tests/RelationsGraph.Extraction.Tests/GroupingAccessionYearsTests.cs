using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The years later members joined ASEAN, NATO and the EU, and the Pacific Islands Forum's self-governing island members
/// (memberships.txt): a story of the years before a state joined does not make it a side of the grouping's document.
/// </summary>
public class GroupingAccessionYearsTests
{
    [Fact]
    public void LaterMembersJoinInTheirOwnYears()
    {
        var kb = KnowledgeBase.Default;
        Assert.DoesNotContain("KH", kb.MembersOf("Association of Southeast Asian Nations", 1980));
        Assert.DoesNotContain("VN", kb.MembersOf("Association of Southeast Asian Nations", 1990));
        Assert.Contains("VN", kb.MembersOf("Association of Southeast Asian Nations", 2000));
        Assert.Contains("TH", kb.MembersOf("Association of Southeast Asian Nations", 1970));
        Assert.DoesNotContain("PL", kb.MembersOf("North Atlantic Treaty Organization", 1990));
        Assert.DoesNotContain("ES", kb.MembersOf("North Atlantic Treaty Organization", 1975));
        Assert.Contains("ES", kb.MembersOf("North Atlantic Treaty Organization", 1990));
        Assert.DoesNotContain("SE", kb.MembersOf("European Union", 1992));
        Assert.DoesNotContain("GB", kb.MembersOf("European Union", 1965));
        Assert.Contains("GB", kb.MembersOf("European Union", 1992));
        Assert.Contains("CK", kb.MembersOf("Pacific Islands Forum", 2019));
        Assert.Contains("NU", kb.MembersOf("Pacific Islands Forum", 2019));
    }

    [Fact]
    public void StatesThatJoinedLaterAreNoSidesOfAnEarlierDocumentOfTheGrouping()
    {
        var d = TestArticles.Extract("""
            date 1978-06-10 The leaders of the ASEAN countries signed a declaration on rice reserves in Manila on Saturday.
            Thailand and Malaysia pressed for the reserve, while Laos and Cambodia, whose new governments stay outside the group, sent no one.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:th", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:my", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:la", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:kh", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheForumsSelfGoverningIslandMembersAreSidesOfItsDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-08-15 Pacific Islands Forum leaders adopted a declaration on ocean boundaries on Thursday.
            Niue and the Cook Islands had pushed hardest for the text, officials said, and Tonga and Fiji backed it.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:nu", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ck", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:to", declaration.Id), d.Dump());
    }
}
