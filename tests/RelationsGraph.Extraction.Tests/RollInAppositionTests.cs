namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Ruritanian commissioners, A and B", "three Ruritanian commissioners: A, B and C": a nationality's plural agent noun
/// followed by a comma or colon and a roll of names gives each name that country.
/// </summary>
public class RollInAppositionTests
{
    private const string Opening = "date 1851-03-09 A convention settling the navigation of a border river was signed at a customs house on Friday. ";

    [Fact]
    public void NamesAfterAColonUnderANationalitysAgentsTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "It was signed by Oskar Brandlehner for the other side and by three Portuguese commissioners: Tiago Almeirim-Souto, Duarte Pessanha-Vilar and Rui Cabrela-Montes.");
        Assert.True(d.Has("REPRESENTS", "person:tiago-almeirim-souto", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:rui-cabrela-montes", "country:pt"), d.Dump());
    }

    [Fact]
    public void NamesInAppositionToANationalitysAgentsTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The haste of the evening surprised the Danish envoys, Henrik Oldagger and Jens Vammerup, who had left the coast that morning.");
        Assert.True(d.Has("REPRESENTS", "person:henrik-oldagger", "country:dk"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:jens-vammerup", "country:dk"), d.Dump());
    }

    [Fact]
    public void NamesInAppositionToACountrysPossessiveGroupTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "Latvia's two plenipotentiaries, Arvids Kalnberzinieks and Peteris Ozolmuiza, arrived by barge before noon.");
        Assert.True(d.Has("REPRESENTS", "person:arvids-kalnberzinieks", "country:lv"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:peteris-ozolmuiza", "country:lv"), d.Dump());
    }

    [Fact]
    public void ItsGroupAfterACountrysPossessiveTakesThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Hungary's seal was set by Lajos Teveldmarosi, and Bolivia's copy carried the names of its two envoys, Ezequiel Marcapuyo and Anselmo Quirotambo.");
        Assert.True(d.Has("REPRESENTS", "person:ezequiel-marcapuyo", "country:bo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:anselmo-quirotambo", "country:bo"), d.Dump());
    }

    [Fact]
    public void NamesInAppositionToANationalitysGeneralsTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The terms were carried to the bridge by two Finnish generals, Aarne Kyllikoski and Veikko Haaparinta, who waited there until dusk.");
        Assert.True(d.Has("REPRESENTS", "person:aarne-kyllikoski", "country:fi"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:veikko-haaparinta", "country:fi"), d.Dump());
    }

    [Fact]
    public void NamesInAppositionToTheCouncillorsACountrySentTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "Estonia sent two senior councillors, Mart Kuusevaara and Toomas Ilvesmaa; the other side came with a single clerk.");
        Assert.True(d.Has("REPRESENTS", "person:mart-kuusevaara", "country:ee"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:toomas-ilvesmaa", "country:ee"), d.Dump());
    }

    [Fact]
    public void QuotedSourceOfficialsHeadNoRoll()
    {
        // Guard: "according to X officials, A said" is no roll of X's agents ("officials" is left out of the agent nouns).
        var d = TestArticles.Extract(Opening + "According to Latvian officials, Oskar Brandlehner asked for another week.");
        Assert.False(d.Has("REPRESENTS", "person:oskar-brandlehner", "country:lv"), d.Dump());
    }
}
