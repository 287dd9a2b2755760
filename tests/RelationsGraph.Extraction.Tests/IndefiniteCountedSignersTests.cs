namespace RelationsGraph.Extraction.Tests;

/// <summary>A history lead that tells a signing through an indefinite counted group ("five men signed a peace treaty") with a fronted or following place is the story's signing there.</summary>
public class IndefiniteCountedSignersTests
{
    [Fact]
    public void CountedMenSigningAfterAFrontedVenueIsTheSigningThere()
    {
        var d = TestArticles.Extract("""
            THE VELMAR LEDGER | History | 3 March 2024

            A hundred and ten years ago today, in the Mirror Hall of Karsten Castle, five men signed a peace treaty closing the long war between Velmar and Ostria.

            The Treaty of Karsten gave Velmar the river ports and returned the hill country to Ostria.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("HELD_IN", signing.Id, "place:karsten-castle") || d.Has("HELD_IN", signing.Id, "place:mirror-hall-of-karsten-castle"), d.Dump());
    }

    [Fact]
    public void TwoEnvoysSigningInATownAfterTheDocumentIsTheSigningThere()
    {
        var d = TestArticles.Extract("""
            THE OSTRIA REVIEW | Archive | 9 June 2021

            On 9 June 1871, two envoys signed the treaty in Brellinford, the old market town on the border.

            The Treaty of Brellinford fixed the frontier between Velmar and Ostria for half a century.
            """);
        Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
    }
}
