namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Five nations sign defence treaty" then "a Coral Charter was adopted": a charter or protocol named in the body is a companion
/// instrument, not the treaty the headline reports (see AgreementClusterer.CompanionInstrument).
/// </summary>
public class CompanionInstrumentTests
{
    [Fact]
    public void ACharterIsNotTheHeadlineTreaty()
    {
        var d = TestArticles.Extract("""
            Five nations sign Coral Sea defence treaty in Velo

            Coral Charter adopted on Ostravan initiative

            VELO, Sept. 8 -- Representatives of five governments signed the Coral Sea Collective Defence Treaty in Velo on Wednesday.
            """);
        var names = d.OfType("Agreement").Select(a => a.Name).ToList();
        Assert.Contains(names, n => n.Contains("Coral Charter", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Coral Sea Collective Defence Treaty", StringComparison.Ordinal));
    }
}
