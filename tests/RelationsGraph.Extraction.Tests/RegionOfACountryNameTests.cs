namespace RelationsGraph.Extraction.Tests;

/// <summary>"Northern Ireland", "Western Australia": a compass word before a country's name is a region, not the country.</summary>
public class RegionOfACountryNameTests
{
    private const string Opening = "date 2024-02-20 Britain and France agreed on Monday to share border checks at the ports. ";

    [Fact]
    public void ARegionAfterALocativeIsAPlaceAndNamesNoCountry()
    {
        var d = TestArticles.Extract(Opening + "Lorries bound for shops in Northern Ireland will be checked only once.");
        Assert.Contains(d.Entities, e => e.Type == "Place" && e.Name == "Northern Ireland");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:ie");
    }

    [Fact]
    public void AnOfficeNamedForARegionGivesNoCountry()
    {
        var d = TestArticles.Extract(Opening + "Gwen Ashdown, the Western Australia minister, said the ports were ready.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:gwen-ashdown" && r.To == "country:au");
    }

    [Fact]
    public void ARegionOutsideALocativeIsNeitherPlaceNorCountry()
    {
        var d = TestArticles.Extract(Opening + "The Northern Ireland question was left for later talks.");
        Assert.DoesNotContain(d.Entities, e => e.Name == "Northern Ireland" || e.Id == "country:ie");
    }

    [Fact]
    public void AKnownCountryWithACompassWordStaysTheCountry()
    {
        var d = TestArticles.Extract(Opening + "Observers from South Korea and North Macedonia watched the signing.");
        Assert.Contains(d.Entities, e => e.Id == "country:kr");
        Assert.Contains(d.Entities, e => e.Id == "country:mk");
    }
}
