namespace RelationsGraph.Extraction.Tests;

/// <summary>"He met A, then B": one encounter with each counterpart told in turn; "then on to X, where he met B" is another leg.</summary>
public class SequencedCounterpartsTests
{
    [Fact]
    public void CounterpartsToldInTurnAreMetOneByOne()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            President Maren Solvik of Norway arrived in Vardal on Tuesday evening.

            On Wednesday she met Chancellor Anton Derwald of Austria, then Prime Minister Ida Korsholm of Denmark.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maren-solvik", m.Id) && d.Has("ATTENDED", "person:anton-derwald", m.Id) &&
                                                 !d.Has("ATTENDED", "person:ida-korsholm", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maren-solvik", m.Id) && d.Has("ATTENDED", "person:ida-korsholm", m.Id) &&
                                                 !d.Has("ATTENDED", "person:anton-derwald", m.Id));
    }

    [Fact]
    public void ThenWithoutACounterpartRightAfterSplitsNothing()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            On Wednesday President Maren Solvik of Norway met Chancellor Anton Derwald of Austria and Prime Minister Ida Korsholm of Denmark, then flew home.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:anton-derwald", m.Id) && d.Has("ATTENDED", "person:ida-korsholm", m.Id));
    }
}
