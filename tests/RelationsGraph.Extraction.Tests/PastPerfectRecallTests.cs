namespace RelationsGraph.Extraction.Tests;

/// <summary>A gathering told in the past perfect is a look back: it does not join the undated current gathering.</summary>
public class PastPerfectRecallTests
{
    [Fact]
    public void ASigningToldInThePastPerfectIsNotTheSigningReported()
    {
        var d = TestArticles.Extract("""
            LIMA, March 14, 2026 - Chilean President Tomas Reyvik and Peruvian President Ilse Marand signed a transit agreement on Friday.
            Marand, who had signed a fishing pact with Reyvik, called the deal a milestone.
            """);
        var signings = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ilse-marand", m.Id)).ToList();
        Assert.Equal(2, signings.Count);
    }

    [Fact]
    public void ReportedSpeechInThePastPerfectStillJoins()
    {
        var d = TestArticles.Extract("""
            LIMA, March 14, 2026 - Chilean President Tomas Reyvik and Peruvian President Ilse Marand signed a transit agreement on Friday.
            Officials said Marand had signed it with Reyvik after a night of talks.
            """);
        Assert.Single(d.OfType("Meeting").Where(m => m.Kind == "signing" && d.Has("ATTENDED", "person:ilse-marand", m.Id)));
    }
}
