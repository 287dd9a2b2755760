namespace RelationsGraph.Extraction.Tests;

/// <summary>A meeting held in a room, hall or courtyard named as part of a building is held in that building too.</summary>
public class EnclosingVenueTests
{
    [Fact]
    public void ASigningInARoomOfAPalaceIsHeldInThePalace()
    {
        var d = TestArticles.Extract("""
            LISBON, March 3, 2021 - Portuguese President Joao Ferreira and Cape Verdean President Ana Tavares signed a fisheries accord in the Mirror Room of the Belem Palace on Wednesday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:belem-palace"), d.Dump());
    }

    [Fact]
    public void AVenueAfterARoomJoinedByAndIsNotItsBuilding()
    {
        var d = TestArticles.Extract("""
            LISBON, March 3, 2021 - Portuguese President Joao Ferreira and Cape Verdean President Ana Tavares signed a fisheries accord in the Mirror Room and later dined at the Belem Palace on Wednesday.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ana-tavares", m.Id) && m.Kind == "signing");
        Assert.False(d.Has("HELD_IN", signing.Id, "place:belem-palace"), d.Dump());
    }
}
