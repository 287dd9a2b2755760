namespace RelationsGraph.Extraction.Tests;

/// <summary>"the envoy signed for King X": the ruler an agent signs or acts for is not at the signing.</summary>
public class SignedForAPrincipalTests
{
    [Fact]
    public void TheRulerSignedForWasNotAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-04 A border treaty between two small upland realms was signed in the abbey of Velmora in 1702.
            Baron Edric Halvane, an elderly courtier, signed for King Tavian IV.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:edric-halvane", signing.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From.Contains("tavian"));
    }

    [Fact]
    public void TheRulerOfAGappedRepeatWasNotAtTheSigningEither()
    {
        var d = TestArticles.Extract("""
            date 2024-03-04 A border treaty between two small upland realms was signed in the abbey of Velmora in 1702.
            Sir Corwin Ashdell, a retired admiral, signed for Queen Ysolde II, and Count Piet Lorrimar, an old magistrate, for King Osric III.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:corwin-ashdell", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:piet-lorrimar", signing.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From.Contains("osric"));
    }
}
