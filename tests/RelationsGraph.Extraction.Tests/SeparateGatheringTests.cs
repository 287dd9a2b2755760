namespace RelationsGraph.Extraction.Tests;

/// <summary>"held a separate meeting", "a separate bilateral meeting with X": the adjective tells a gathering apart from those told before.</summary>
public class SeparateGatheringTests
{
    [Fact]
    public void ASeparateMeetingOfTheSamePairIsItsOwnGathering()
    {
        var d = TestArticles.Extract("""
            date 2021-05-12 President Amrel Tosk of Veloria held talks with President Ilse Marov of Dunmark at the Ardel Palace in Kastrin on Wednesday.
            The talks covered rail links and grain quotas, officials said.
            Tosk and Marov also held a separate meeting on the disputed fishing grounds of the Corvan shelf.
            """);
        var both = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:amrel-tosk", m.Id) && d.Has("ATTENDED", "person:ilse-marov", m.Id)).ToList();
        Assert.True(both.Count >= 2, d.Dump());
    }

    [Fact]
    public void ASeparateSigningCeremonyIsNotTheFirstSigning()
    {
        var d = TestArticles.Extract("""
            date 2021-05-12 President Amrel Tosk of Veloria and President Ilse Marov of Dunmark signed a treaty on river navigation at the Ardel Palace in Kastrin on Wednesday.
            Tosk and Marov then watched over a separate signing ceremony where their cabinet ministers traded eleven trade memorandums.
            """);
        var both = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:amrel-tosk", m.Id) && d.Has("ATTENDED", "person:ilse-marov", m.Id)).ToList();
        Assert.True(both.Count >= 2, d.Dump());
    }

    [Fact]
    public void TheSeparateMeetingRetoldPointsBackAtIt()
    {
        var d = TestArticles.Extract("""
            date 2021-05-12 President Amrel Tosk of Veloria held talks with President Ilse Marov of Dunmark in Kastrin on Wednesday.
            Tosk and Marov also held a separate meeting on the toll bridge over the Tarnel.
            The separate meeting of the two presidents lasted an hour.
            """);
        var both = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:amrel-tosk", m.Id) && d.Has("ATTENDED", "person:ilse-marov", m.Id)).ToList();
        Assert.Equal(2, both.Count);
    }
}
