namespace RelationsGraph.Extraction.Tests;

/// <summary>A hemisphere is a world region: no place mention, never a meeting's place, and the town told is kept.</summary>
public class HalfOfTheGlobeTests
{
    [Fact]
    public void AHemisphereIsNoMeetingsPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi signed a border accord in Bamako on Monday, ending one of the longest quarrels in the Eastern Hemisphere.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Hemisphere"));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Bamako");
    }
}
