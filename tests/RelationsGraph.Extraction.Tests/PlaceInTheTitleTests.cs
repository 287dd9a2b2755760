namespace RelationsGraph.Extraction.Tests;

/// <summary>A capital inside a document's title ("the Treaty of X", "the X Final Act") names where it was made, not a side.</summary>
public class PlaceInTheTitleTests
{
    [Fact]
    public void ACapitalAfterTheTitlesHeadNounIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Marek Dobrzyn and Swedish Foreign Minister Anders Lindqvall met in Gdansk on Tuesday.
            Both men said the fisheries quarrel had been settled for good by the Convention of Valletta, which Poland and Sweden signed in 1991.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Valletta", StringComparison.Ordinal));
        Assert.False(d.Has("PARTY_TO", "country:mt", convention.Id), d.Dump());
    }

    [Fact]
    public void ACapitalBeforeTheTitlesWordsIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Marek Dobrzyn met fishing crews in Gdansk on Tuesday.
            He said the 1991 Valletta Final Act on Baltic fishing still binds Poland.
            """);
        var act = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Valletta", StringComparison.Ordinal));
        Assert.False(d.Has("PARTY_TO", "country:mt", act.Id), d.Dump());
    }

    [Fact]
    public void ACapitalNamingThePaperIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Marek Dobrzyn met fishing crews in Gdansk on Tuesday.
            He said the 1991 fisheries protocol, known to crews as the Valletta text, still binds Poland.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", protocol.Id), d.Dump());
    }

    [Fact]
    public void ACapitalAsTheSubjectOfTheSigningIsStillASide()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Warsaw and Valletta signed a fisheries agreement on Tuesday, Polish and Maltese officials said.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
    }
}
