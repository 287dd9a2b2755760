namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Soviet Russia", "Soviet Ukraine", "the Armenian SSR": histories of 1917-1991 name a state of today by its Soviet-era name,
/// and the name is the state itself in its earlier form (countries.txt), written in the state's names.
/// </summary>
public class SovietNamesOfStatesTests
{
    private const string Opening = "date 1920-10-12 The frontier treaty was signed in Dravinsk on Tuesday. ";

    [Fact]
    public void SovietRussiaIsRussiaUnderItsEarlierName()
    {
        var d = TestArticles.Extract(Opening + "Envoy Pavel Orlinsky signed the treaty for Soviet Russia.");
        var ru = d.Entities.Single(e => e.Id == "country:ru");
        Assert.Contains("Soviet Russia", ru.Aliases);
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }

    [Fact]
    public void SovietUkraineIsUkraineUnderItsEarlierName()
    {
        var d = TestArticles.Extract(Opening + "Delegate Ostap Verbytsky signed it for Soviet Ukraine.");
        var ua = d.Entities.Single(e => e.Id == "country:ua");
        Assert.Contains("Soviet Ukraine", ua.Aliases);
    }
}
