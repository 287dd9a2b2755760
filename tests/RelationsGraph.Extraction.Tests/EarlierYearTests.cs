namespace RelationsGraph.Extraction.Tests;

/// <summary>A reference dated only by a year before the story's is a look back: it neither dates nor joins the undated current gathering.</summary>
public class EarlierYearTests
{
    [Fact]
    public void ASigningOfTheYearBeforeIsNotTheUndatedSigningReported()
    {
        var d = TestArticles.Extract("""
            date 2026-03-14 Chilean President Tomas Reyvik and Peruvian President Ilse Marand signed a transit agreement in Arica.
            Reyvik, who signed a fishing pact with Bolivian President Karel Dunn in 2025, called the deal a milestone.
            """);
        var current = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ilse-marand", m.Id));
        Assert.NotEqual("2025", current.Date);
        Assert.False(d.Has("ATTENDED", "person:karel-dunn", current.Id), d.Dump());
    }

    [Fact]
    public void TheSamePairsSigningOfTheYearBeforeStandsApart()
    {
        var d = TestArticles.Extract("""
            date 2026-03-14 Chilean President Tomas Reyvik and Peruvian President Ilse Marand held talks in Arica.
            Reyvik and Marand signed a fishing pact in 2025.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:arica"));
        Assert.NotEqual("2025", talks.Date);
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2025" && d.Has("ATTENDED", "person:ilse-marand", m.Id));
    }
}
