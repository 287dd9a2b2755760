namespace RelationsGraph.Extraction.Tests;

/// <summary>A sentence that opens with the day of a signing and places it ("On 12 April 1788, in an inn at X, envoys of A and B signed the treaty") tells the signing held there and then.</summary>
public class DatedLeadSigningTests
{
    [Fact]
    public void EnvoysOfTwoCrownsSigningAfterAFrontedDayAndTownIsTheSigningThere()
    {
        var d = TestArticles.Extract("""
            THE OSTRIA REVIEW | Archive | 12 April 2024

            On 12 April 1788, in a low timber inn at Brellinford, envoys of the Velmar crown and the Ostrian court signed the treaty that closed the river war.

            Its nine articles gave the ferry tolls back to Ostria and the salt meadows to Velmar.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.Equal("1788-04-12", signing.Date);
        Assert.True(d.Has("HELD_IN", signing.Id, "place:brellinford"), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.From == signing.Id);
    }

    [Fact]
    public void TwoStatesSigningAfterAFrontedDayWithThePlaceAfterTheDocumentIsTheSigningThere()
    {
        var d = TestArticles.Extract("""
            THE VELMAR LEDGER | History | 2 September 2025

            On 2 September 1925, Velmar and Ostria signed a frontier convention in Karsten Castle after nine weeks of bargaining.

            The convention drew the line along the watershed.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("HELD_IN", signing.Id, "place:karsten-castle"), d.Dump());
    }

    /// <summary>Guard (passes with the rule off): a signing in a relative clause after the opening day is not the main clause's act.</summary>
    [Fact]
    public void ASigningInARelativeClauseAfterTheDayStartsNoSigning()
    {
        var d = TestArticles.Extract("""
            THE VELMAR LEDGER | History | 2 September 2025

            On 2 September 1925, the deputies who signed the frontier convention in Karsten Castle were cheered in the streets.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "signing");
    }
}
