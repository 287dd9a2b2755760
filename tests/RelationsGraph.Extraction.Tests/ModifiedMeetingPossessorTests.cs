namespace RelationsGraph.Extraction.Tests;

/// <summary>"X's previous visit to Y", "X's 2015 trip": the possessor of a meeting noun behind a few modifiers made that visit.</summary>
public class ModifiedMeetingPossessorTests
{
    [Fact]
    public void ThePossessorOfAnEarlierVisitMadeIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 VELMORA, March 12 - President Aldric Fenwell of Norland arrived in Velmora on Tuesday for talks with President Sorin Kavac of Ostrevia.
            Mr Fenwell's previous visit to Ostrevia, in May 2015, ended without an agreement.
            """);
        var earlier = Assert.Single(d.OfType("Meeting"), m => m.Date == "2015-05");
        Assert.True(d.Has("ATTENDED", "person:aldric-fenwell", earlier.Id));
    }

    [Fact]
    public void AYearBeforeTheNounStillLeavesThePossessorTheVisitor()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 VELMORA, March 12 - President Aldric Fenwell of Norland held talks with President Sorin Kavac of Ostrevia in Velmora on Tuesday.
            Officials compared the talks with Mr Kavac's 2019 visit to Norland, which produced a trade accord.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:sorin-kavac", m.Id) && !d.Has("ATTENDED", "person:aldric-fenwell", m.Id));
    }

    [Fact]
    public void APossessedWishForASummitIsStillNoAttendance()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 VELMORA, March 12 - President Aldric Fenwell of Norland held talks with President Sorin Kavac of Ostrevia in Velmora on Tuesday.
            The envoy conveyed Queen Ilse Marwen's wish for a summit with both men.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilse-marwen", m.Id));
    }
}
