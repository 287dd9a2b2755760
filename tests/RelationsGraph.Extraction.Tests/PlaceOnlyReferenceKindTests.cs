namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A reference that names no one but tells a venue places the nearby meeting whose own references are of its kind, though the
/// meeting ended with a more specific kind; a name that only describes a settlement ("the Arctic port city") is no venue.
/// </summary>
public class PlaceOnlyReferenceKindTests
{
    [Fact]
    public void TheCeremonyVenueToldApartPlacesTheSigningHostedAsACeremony()
    {
        var d = TestArticles.Extract("""
            LISBON, March 3, 2021 - The accord was concluded in a ceremony at the Santa Clara Palace watched by dozens of diplomats.
            Portuguese Prime Minister Rui Tavares and Spanish Prime Minister Pablo Ortega signed the accord on Tuesday.
            Portuguese President Ana Moreira hosted the ceremony, with Italian Prime Minister Marco Bellini beside her.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:rui-tavares", m.Id));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:santa-clara-palace"), d.Dump());
    }

    [Fact]
    public void ANameDescribingTheSettlementIsNotTheVenue()
    {
        var d = TestArticles.Extract("""
            TROMSO, Norway, June 9, 2011 - Norwegian Foreign Minister Per Lunde and Russian Foreign Minister Ivan Petrov signed a fisheries accord on Thursday.
            The documents were exchanged at a ceremony in the Borealis port town, watched by fishermen.
            Norwegian Prime Minister Erik Dahl hosted the ceremony.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("borealis"));
    }
}
