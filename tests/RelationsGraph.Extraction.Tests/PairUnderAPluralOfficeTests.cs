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

/// <summary>"Presidents X of Ghana, Y of Togo and Z of Benin": a capitalised plural office opens a list of people each told with their country.</summary>
public class CapitalisedPluralOfficeListTests
{
    [Fact]
    public void EachNameOfTheListIsAPersonOfItsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-11 West African leaders met in Accra on Tuesday to discuss a regional rail line. " +
                                     "Presidents Kwesi Adomako of Ghana, Komlan Dossou of Togo and Sourou Agbodjan of Benin attended the opening session.");
        Assert.True(d.Has("REPRESENTS", "person:komlan-dossou", "country:tg"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:sourou-agbodjan", "country:bj"), d.Dump());
    }
}
