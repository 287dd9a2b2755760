namespace RelationsGraph.Extraction.Tests;

/// <summary>"The ceremony was held at VENUE" right after a signing is that signing's ceremony, and the venue places it.</summary>
public class PlacedCeremonyOfTheSigningTests
{
    [Fact]
    public void TheCeremonyAtAVenueIsTheSigningJustTold()
    {
        var d = TestArticles.Extract("""
            date 2025-05-12 Chile's President Ana Torres and Peru's President Luis Vargo signed a border treaty in Lima on Sunday.
            The ceremony was held at the Casa Verde Palace, the residence of the Peruvian prime minister, Marco Ruiz.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ana-torres", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:casa-verde-palace"), d.Dump());
    }
}
