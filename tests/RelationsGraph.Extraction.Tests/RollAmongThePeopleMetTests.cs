namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A plural noun for the people a gathering met or received, then "among them" or "including" and names: every name of that
/// list is at the gathering, however long the descriptions between the names run.
/// </summary>
public class RollAmongThePeopleMetTests
{
    [Fact]
    public void EveryNameAfterAmongThemIsAtTheGatheringPastLongDescriptions()
    {
        var d = TestArticles.Extract("""
            date 2023-05-20 VELMORA, May 20 (Wire) - Leaders of the Amber Coast states met in Velmora on Saturday for a summit on fisheries and ports.
            President Tomas Ferrandel of Velmora held talks with eleven fellow heads of state in Velmora on Saturday, among them Paulo Vasconcelos of Portugal, the outgoing chair of the coastal forum, Piet Vanderhaagen of the Netherlands, Rasmus Kjeldgaard of Denmark and Anouk Delacroix-Vey of Belgium.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-ferrandel", m.Id));
        Assert.True(d.Has("ATTENDED", "person:rasmus-kjeldgaard", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:anouk-delacroix-vey", meeting.Id), d.Dump());
    }

    [Fact]
    public void IncludingAfterThePeopleMetNamesThemAllToTheListsEnd()
    {
        var d = TestArticles.Extract("""
            date 2022-02-14 KARSVIK, Feb 14 (Wire) - Prime Minister Helga Strandqvist met her senior ministers at the Karsvik residence on Monday evening.
            Strandqvist met the ministers, including Finance Minister Joakim Berglind, Interior Minister Sofie Lindahl and the minister for the coast, Mattias Oredsson, for nearly three hours before the vote.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:helga-strandqvist", m.Id) && d.Has("ATTENDED", "person:joakim-berglind", m.Id));
        Assert.True(d.Has("ATTENDED", "person:mattias-oredsson", talks.Id), d.Dump());
    }

    [Fact]
    public void AListAfterANounThatIsNotTheGatheringsObjectIsNotItsRoll()
    {
        var d = TestArticles.Extract("""
            date 2021-09-03 ORLENZ, Sep 3 (Wire) - President Marek Dolansky held talks with Chancellor Ilse Vogtmann in Orlenz on Friday.
            The text had been drafted in the spring by a small team of lawyers, among them Benedikt Rauschal and Jitka Novorna, who never met either leader.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:jitka-novorna");
    }
}
