namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A visit to a country placed only at a palace or hall on its programme goes to the town that venue stands in, not to the
/// venue; a visit told as going to the venue itself names no country and keeps it.
/// </summary>
public class VisitTownOfVenueTests
{
    [Fact]
    public void AStateVisitToACountryAtAPalaceIsHeldInTheDatelineTownNotThePalace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            WARSAW, May 10 (Wire) - Swedish Prime Minister Ulf Kristersson paid a state visit to Poland at the Belweder Palace on Thursday.
            """);
        var visit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", visit.Id, "place:warsaw"), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == visit.Id && r.To.Contains("belweder"));
    }
}
