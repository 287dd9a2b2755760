namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A headline "... at summit in Tarvik" names the story's summit with no one in it; later "the summit" references and their
/// attendance go on about it, not about a gathering of an earlier year recalled in between.
/// </summary>
public class StorySummitFirstTests
{
    [Fact]
    public void TheHeadlineSummitTakesTheLaterAttendance()
    {
        var d = TestArticles.Extract("""
            Harbour Times
            Saturday, 14 March 2026

            Leaders back water plan at tense summit in Tarvik

            Regional leaders adopted a water plan for the basin on Saturday.
            The 2019 conference in Korvan was recalled by Ona Belk and Tomas Vell.
            The summit was marked by absences.
            President Ona Belk of Ostria and President Jarel Moss of Tessaly attended the summit.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:jarel-moss", m.Id));
        Assert.True(d.Has("HELD_IN", summit.Id, "place:tarvik"), d.Dump());
    }

    [Fact]
    public void AHeadlineSummitNoLaterSentenceTalksAboutStartsNothing()
    {
        var d = TestArticles.Extract("""
            Harbour Times
            Saturday, 14 March 2026

            Leaders back water plan at tense summit in Tarvik

            Regional leaders adopted a water plan for the basin on Saturday.
            President Ona Belk of Ostria said the plan would hold.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:tarvik") && !d.Relationships.Any(r => r.Type == "ATTENDED" && r.To == m.Id));
    }
}
