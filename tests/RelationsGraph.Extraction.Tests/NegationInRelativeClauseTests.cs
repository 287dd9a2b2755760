namespace RelationsGraph.Extraction.Tests;

/// <summary>A negation inside a relative clause closed by a comma does not deny the attendance verb after it.</summary>
public class NegationInRelativeClauseTests
{
    [Fact]
    public void WhoDidNotSignStillAttended()
    {
        var d = TestArticles.Extract("""
            date 2021-03-02 Leaders of the East African Community held a summit in Arusha on Tuesday.
            Rwandan President Paul Kagame, who did not sign, attended as the bloc's chairman.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:paul-kagame", m.Id));
    }

    [Fact]
    public void ANegatedAttendanceStaysAbsent()
    {
        var d = TestArticles.Extract("""
            date 2021-03-02 Leaders of the East African Community held a summit in Arusha on Tuesday.
            Rwandan President Paul Kagame did not attend.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:paul-kagame", m.Id));
    }
}
