namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare attendance after a signing told once a grouping's summit was over joins that signing, not the summit.</summary>
public class AttendanceAtALaterSigningTests
{
    [Fact]
    public void BareAttendanceAfterALaterSigningJoinsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-10-12 The ASEAN summit closed in Vientiane on Friday with a statement on the sea.
            On Saturday the trade ministers of Laos and Cambodia, Sone Vilay and Dara Keo, signed a transit accord at the Lao presidential palace.
            The Lao deputy prime minister Khamla Phon attended.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:sone-vilay", m.Id));
        var summit = d.OfType("Meeting").Single(m => m.Id != signing.Id);
        Assert.True(d.Has("ATTENDED", "person:khamla-phon", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:khamla-phon", summit.Id), d.Dump());
    }
}
