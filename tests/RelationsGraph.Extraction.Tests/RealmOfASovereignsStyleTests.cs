namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Tsar Pavel I", "Sultan Osman IV", "Empress Anna II": a sovereign styled by the style of one realm (a tsar is Russia's, a
/// sultan in a story of the Ottoman Empire the Ottoman one) acts for that realm when the article names it; under a monarch's
/// style a closing "I" is the regnal numeral, not the pronoun.
/// </summary>
public class RealmOfASovereignsStyleTests
{
    private const string Opening = "date 2024-05-01 The Treaty of Varnholm, signed in 1791, ended a war between the Ottoman Empire and the Russian Empire. ";

    [Fact]
    public void ATsarActsForRussiaWhenTheStoryNamesIt()
    {
        var d = TestArticles.Extract(Opening + "Tsar Pavel II sent Dmitri Orlovsky south with full powers to make the peace.");
        Assert.True(d.Has("REPRESENTS", "person:pavel-ii", "country:ru"), d.Dump());
    }

    [Fact]
    public void ASultanActsForTheOttomanEmpireWhenTheStoryNamesIt()
    {
        var d = TestArticles.Extract(Opening + "Sultan Osman IV gave his seal to Kemal Bey in the spring.");
        Assert.True(d.Has("REPRESENTS", "person:osman-iv", "country:xo"), d.Dump());
    }

    [Fact]
    public void ARegnalFirstUnderAMonarchsStyleIsPartOfTheName()
    {
        var d = TestArticles.Extract(Opening + "Tsar Pavel I took his army home after the signing.");
        Assert.Contains(d.Entities, e => e.Id == "person:pavel-i");
        Assert.True(d.Has("REPRESENTS", "person:pavel-i", "country:ru"), d.Dump());
    }

    [Fact]
    public void AKaiserActsForGermanyWhenTheStoryNamesIt()
    {
        var d = TestArticles.Extract("date 2024-05-01 The Dornwald accord of 1893 settled a border quarrel between Germany and Denmark. " +
            "Kaiser Friedrich III sent Anselm Torwig to Kolding with his answer in the autumn.");
        Assert.True(d.Has("REPRESENTS", "person:friedrich-iii", "country:de"), d.Dump());
    }
}
