namespace RelationsGraph.Extraction.Tests;

/// <summary>A run that opens with a landform word or a compass adjective names a place, never a person.</summary>
public class GeographicFirstWordTests
{
    [Fact]
    public void ALandformNameCoordinatedWithAPersonIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Pilgrims from both countries revere Mount Tarrow and Lake Ulvane, Ada Penhallow and Tomas Rist said on Monday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Mount Tarrow" or "Lake Ulvane");
    }

    [Fact]
    public void ACompassRegionBeforeASpeechVerbIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Fighting in Upper Kessel said to have eased, while Ada Penhallow and West Ravensby said nothing.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Upper Kessel" or "West Ravensby");
    }
}
