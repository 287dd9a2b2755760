namespace RelationsGraph.Extraction.Tests;

/// <summary>"Prime Ministers X and Y": two holders of one office named under its plural serve the story's two countries.</summary>
public class PairUnderAPluralOfficeTests
{
    private const string Opening = "date 2024-06-11 Estonia and Finland agreed on Tuesday to link their power grids under the Baltic Sea. " +
                                   "Estonia will build the landing station and Finland the cable. ";

    [Fact]
    public void TheUnplacedOneOfAPairServesTheOtherPrincipalCountry()
    {
        var d = TestArticles.Extract(Opening + "Estonian Prime Minister Kaarel Tamm met reporters in Tallinn. " +
                                     "Prime Ministers Kaarel Tamm and Aarne Vuorinen signed the grid agreement.");
        Assert.True(d.Has("REPRESENTS", "person:aarne-vuorinen", "country:fi"), d.Dump());
    }

    [Fact]
    public void AnUnplacedPairTakesNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-11 TALLINN, June 11 - " + Opening + "Prime Ministers Kaarel Tamm and Aarne Vuorinen signed the grid agreement.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:aarne-vuorinen" && r.To == "country:ee");
    }
}
