namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Two coordinated clauses that each tell a gathering ("A was received by B in 2001, and C held talks with D in 2009";
/// "A met B, and visited C"): the people named only in one clause attend only that clause's gathering.
/// </summary>
public class CoordinatedClauseSubjectTests
{
    [Fact]
    public void EachCoordinatedClauseWithItsOwnSubjectKeepsItsOwnPeople()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 TALLINN, May 14 (Wire) - President Maarja Kivisild of Estonia will host President Orvar Lindqvist of Sweden in Tallinn on Tuesday.
            Former Swedish prime ministers Hugo Brandell and Tove Ahlgren came before him, as did Estonian presidents Eerik Saaremets and Peep Vahtramaa.
            Hugo Brandell was received by Eerik Saaremets in Tallinn in March 2001, and Tove Ahlgren held talks with Peep Vahtramaa in Tartu in June 2009.
            """);
        var first = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hugo-brandell", m.Id));
        Assert.True(d.Has("ATTENDED", "person:eerik-saaremets", first.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:tove-ahlgren", first.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:peep-vahtramaa", first.Id), d.Dump());
        var second = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tove-ahlgren", m.Id));
        Assert.False(d.Has("ATTENDED", "person:hugo-brandell", second.Id), d.Dump());
    }

    [Fact]
    public void ASecondPredicateKeepsTheSharedSubjectButNotTheFirstObject()
    {
        var d = TestArticles.Extract("""
            date 2023-09-06 VIENTIANE, Sept 6 (Wire) - Chancellor Reinhild Ostermaier of Austria arrived in Laos on Wednesday for a two-day visit.
            Ostermaier first met Prime Minister Somsack Vongphachanh at the government office, and later called on Party Secretary Khamla Inthavong at the party headquarters.
            """);
        var call = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:khamla-inthavong", m.Id));
        Assert.True(d.Has("ATTENDED", "person:reinhild-ostermaier", call.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:somsack-vongphachanh", call.Id), d.Dump());
    }
}
