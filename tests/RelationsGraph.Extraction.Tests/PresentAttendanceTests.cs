namespace RelationsGraph.Extraction.Tests;

/// <summary>Attendance told in the story's present never joins a gathering of an earlier year told in passing.</summary>
public class PresentAttendanceTests
{
    [Fact]
    public void AttendanceDoesNotJoinAnEarlierYearsTalks()
    {
        var d = TestArticles.Extract("""
            date 2019-08-06 The ceremony in Maputo drew a large crowd of guests on Tuesday.
            Botswana's President Mokgweetsi Masisi, whose country hosted the talks in Gaborone in 2014, sat beside Zambian President Edgar Lungu.
            Malawi was represented by Foreign Minister Francis Kasaila.
            """);
        var earlier = d.OfType("Meeting").Where(m => m.Date?.StartsWith("2014") == true).ToList();
        foreach (var m in earlier)
        {
            Assert.False(d.Has("ATTENDED", "person:edgar-lungu", m.Id));
            Assert.False(d.Has("ATTENDED", "person:francis-kasaila", m.Id));
        }
        Assert.Contains(d.OfType("Meeting"), m => m.Date?.StartsWith("2014") != true && d.Has("ATTENDED", "person:francis-kasaila", m.Id));
    }
}
