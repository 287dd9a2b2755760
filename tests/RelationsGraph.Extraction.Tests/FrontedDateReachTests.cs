namespace RelationsGraph.Extraction.Tests;

/// <summary>A date opening the sentence dates its main clause, however long the subject before the verb.</summary>
public class FrontedDateReachTests
{
    [Fact]
    public void AFrontedDateDatesAGatheringToldAfterALongSubject()
    {
        var d = TestArticles.Extract("""
            date 2011-05-20 On Tuesday, 17 May, the provincial governors of the three coastal regions, Maria Lopes of the northern region, Joao Pinto of the central region and Ana Dias of the southern region, held talks in Beira with President Armando Guebuza.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:armando-guebuza", m.Id));
        Assert.Equal("2011-05-17", talks.Date);
    }

    [Fact]
    public void ADateInsideTheSentenceKeepsItsOrdinaryReach()
    {
        var d = TestArticles.Extract("""
            date 2011-05-20 The governors said on Tuesday, 17 May, that the long and difficult question of the fishing grounds off the three coastal regions and the ports along them, raised many times before, would be taken up when they held talks in Beira with President Armando Guebuza.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:armando-guebuza", m.Id));
        Assert.NotEqual("2011-05-17", talks.Date);
    }
}
