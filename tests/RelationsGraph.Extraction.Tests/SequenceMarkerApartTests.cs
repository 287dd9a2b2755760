namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An adverb of sequence ("later", "afterwards", "then") or another time of the day ("that evening", "the next morning")
/// opening a reference's clause tells the next event of the programme: an undated sitting it introduces does not join the
/// gathering already told. Visits and summits run over days and still hold the day's events.
/// </summary>
public class SequenceMarkerApartTests
{
    [Fact]
    public void TalksToldLaterAreAnotherSitting()
    {
        var d = TestArticles.Extract("""
            MIRELVA, 3 May 2031 - Orland President Tavi Morrow met Vesland Prime Minister Edda Kroll at the Amber Palace on Monday.
            The two discussed rail links and grain tariffs.
            Later, Orland Premier Joss Halvar held talks with Kroll on fishing rights.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:edda-kroll", m.Id)));
    }

    [Fact]
    public void ThatEveningOpensAnotherSitting()
    {
        var d = TestArticles.Extract("""
            MIRELVA, 3 May 2031 - Orland President Tavi Morrow met Vesland Prime Minister Edda Kroll at the Amber Palace on Monday.
            The two discussed rail links and grain tariffs.
            That evening Orland Premier Joss Halvar held talks with Kroll on fishing rights.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:edda-kroll", m.Id)));
    }

    [Fact]
    public void TheSamePeopleToldLaterStillJoin()
    {
        var d = TestArticles.Extract("""
            MIRELVA, 3 May 2031 - Orland President Tavi Morrow met Vesland Prime Minister Edda Kroll at the Amber Palace on Monday.
            The two discussed rail links and grain tariffs.
            Later, Morrow held talks with Kroll on fishing rights.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:edda-kroll", m.Id));
    }
}
