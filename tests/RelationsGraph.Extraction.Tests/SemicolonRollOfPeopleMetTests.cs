namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A roll of the people met, its items parted by semicolons, that runs past the meeting word's reach: "held talks with the
/// ministers of three countries: A, the minister of P; B, the minister of Q; and C, the minister of R" (SemicolonRoll.ContinuesList).
/// </summary>
public class SemicolonRollOfPeopleMetTests
{
    [Fact]
    public void EveryItemOfARollOfPeopleMetAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 President Arvo Lindqvist of Estonia held talks on Tuesday in Tallinn with the foreign ministers of three neighbouring countries: Foreign Minister Ilmars Berzins, the chief diplomat of Latvia; Foreign Minister Tomas Kairys, the chief diplomat of Lithuania; and Foreign Minister Maria Virtanen, the chief diplomat of Finland.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:tomas-kairys", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:maria-virtanen", talks), d.Dump());
    }

    [Fact]
    public void ARollItemsHeadMayBeACountrysPossessiveAndAnOffice()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 President Arvo Lindqvist of Estonia held talks on Tuesday in Tallinn with the leaders of the neighbouring states: Latvian President Ilmars Berzins; Lithuania's host, President Tomas Kairys; and Finnish President Maria Virtanen.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:tomas-kairys", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:maria-virtanen", talks), d.Dump());
    }

    [Fact]
    public void AnItemClosingOnARelativeClauseDoesNotCarryTheRollOn()
    {
        // Guard (passes with the rule off too): the item "who ... ;" is a clause, so the names after it are not read from it.
        var d = TestArticles.Extract("""
            date 2025-03-11 President Arvo Lindqvist of Estonia held talks on Tuesday in Tallinn with his Latvian counterpart, President Ilmars Berzins, who had criticised the Lithuanian plan; Lithuanian President Tomas Kairys, who was in Vilnius, called it unnecessary.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.False(d.Has("ATTENDED", "person:tomas-kairys", talks), d.Dump());
    }
}
