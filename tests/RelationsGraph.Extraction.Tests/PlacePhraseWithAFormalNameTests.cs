namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Chile's Ambassador to the Lao People's Democratic Republic, X", "the Ambassador of Peru to the United States, Y": an office told
/// before the name whose place phrase holds a country's name with its article or inner small words is still read, and the
/// country after its "of" (not the one after "to") is the office's.
/// </summary>
public class PlacePhraseWithAFormalNameTests
{
    private const string Opening = "date 2023-08-14 The two presidents met in Lima on Monday. ";

    [Fact]
    public void AnAmbassadorToAFormallyNamedStateServesThePossessive()
    {
        var d = TestArticles.Extract(Opening + "Taking part were Ecuador's Ambassador to the Lao People's Democratic Republic, Rosa Almeida, and two advisers.");
        Assert.True(d.Has("REPRESENTS", "person:rosa-almeida", "country:ec"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:rosa-almeida", "country:cn"), d.Dump());
    }

    [Fact]
    public void TheCountryAfterOfOutranksTheOneAfterTo()
    {
        var d = TestArticles.Extract(Opening + "He was joined by the Ambassador of Ecuador to the United States, Hugo Carrion Vela, and by his aides.");
        Assert.True(d.Has("REPRESENTS", "person:hugo-carrion-vela", "country:ec"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:hugo-carrion-vela", "country:us"), d.Dump());
    }
}
