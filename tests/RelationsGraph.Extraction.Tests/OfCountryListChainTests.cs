namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the ministers: A of Ghana, B of the Gambia, C of the Mali Federation, D of Togo": a list of people each told with "of"
/// and a country goes on past an item whose country takes an article or is a name not known as a country; a roll of two or
/// more such names ("A of Ghana and B of Togo signed") needs no office noun before it.
/// </summary>
public class OfCountryListChainTests
{
    private const string Opening = "date 2024-06-11 West African ministers met in Accra on Tuesday to discuss a regional rail line. ";

    [Fact]
    public void TheListGoesOnAfterACountryWithItsArticle()
    {
        var d = TestArticles.Extract(Opening + "The trade ministers of the six countries took part: Kwesi Adomako of Ghana, Lamin Ceesay of the Gambia, " +
                                     "Komlan Dossou of Togo, Sourou Agbodjan of Benin, Musa Danjuma of Niger and Aliou Traore of Senegal.");
        Assert.True(d.Has("REPRESENTS", "person:komlan-dossou", "country:tg"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:aliou-traore", "country:sn"), d.Dump());
    }

    [Fact]
    public void TheListGoesOnAfterAnItemWhoseCountryIsNotKnown()
    {
        var d = TestArticles.Extract(Opening + "The trade ministers of the six countries took part: Kwesi Adomako of Ghana, Lamin Ceesay of Senegal, " +
                                     "Ousmane Keita of the Sahel Union, Komlan Dossou of Togo and Sourou Agbodjan of Benin.");
        Assert.True(d.Has("REPRESENTS", "person:komlan-dossou", "country:tg"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:sourou-agbodjan", "country:bj"), d.Dump());
    }
    [Fact]
    public void ARollOfNamesEachWithOfAndACountryNeedsNoTitle()
    {
        var d = TestArticles.Extract(Opening + "Kwesi Adomako of Ghana and Komlan Dossou of Togo put their names to the rail protocol at the station on Tuesday.");
        Assert.True(d.Has("REPRESENTS", "person:kwesi-adomako", "country:gh"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:komlan-dossou", "country:tg"), d.Dump());
    }

    [Fact]
    public void ALongerRollWithCommasNeedsNoTitleEither()
    {
        var d = TestArticles.Extract(Opening + "Sourou Agbodjan of Benin, Musa Danjuma of Niger and Aliou Traore of Senegal signed the protocol before noon.");
        Assert.True(d.Has("REPRESENTS", "person:sourou-agbodjan", "country:bj"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:musa-danjuma", "country:ne"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:aliou-traore", "country:sn"), d.Dump());
    }
}
