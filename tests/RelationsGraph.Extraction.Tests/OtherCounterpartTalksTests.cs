namespace RelationsGraph.Extraction.Tests;

/// <summary>A visitor's talks with one host and then with another are two encounters, not one meeting of three.</summary>
public class OtherCounterpartTalksTests
{
    [Fact]
    public void TalksWithASecondHostAreAnEncounterOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Marta Solis held talks with Peruvian President Hugo Arce in Lima on Tuesday.
            Later in the day Marta Solis met Peruvian congressional leader Rosa Quispe.
            """);
        var first = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:hugo-arce", m.Id));
        Assert.False(d.Has("ATTENDED", "person:rosa-quispe", first.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Id != first.Id && d.Has("ATTENDED", "person:rosa-quispe", m.Id) && d.Has("ATTENDED", "person:marta-solis", m.Id));
    }

    [Fact]
    public void ANewcomerToldAsAttendingJoinsTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Marta Solis held talks with Peruvian President Hugo Arce in Lima on Tuesday.
            Peruvian Foreign Minister Luis Pardo attended the talks.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:luis-pardo", talks.Id), d.Dump());
    }
}
