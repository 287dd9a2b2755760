namespace RelationsGraph.Extraction.Tests;

/// <summary>A preview's expected guests ("are due to arrive", "have confirmed their attendance") attend the story's own coming gathering, not one it recalls.</summary>
public class PlannedArrivalTests
{
    private const string Preview = """
        date 2031-03-04 Veskaria is preparing to host the second summit of the Northern Shore Forum in Lorvik.
        The two-day meeting on March 20 and 21 will be chaired by Veskarian President Oren Maltby.
        He took over the chair from Ruvanian President Tessa Holmgren at a summit in Dalmora last October.
        """;

    [Fact]
    public void LeadersDueToArriveAttendTheComingSummit()
    {
        var d = TestArticles.Extract(Preview + "\n" + """
            Several island leaders, including Prime Minister Karel Brandt of Norway, are due to arrive on Thursday.
            """);
        var coming = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:oren-maltby", m.Id) && m.Date?.StartsWith("2031-03") == true);
        Assert.True(d.Has("ATTENDED", "person:karel-brandt", coming.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id != coming.Id && d.Has("ATTENDED", "person:karel-brandt", m.Id));
    }

    [Fact]
    public void ConfirmedAttendanceJoinsTheComingSummit()
    {
        var d = TestArticles.Extract(Preview + "\n" + """
            Norwegian Prime Minister Karel Brandt and Danish Prime Minister Ilse Varn have confirmed their attendance, officials said.
            """);
        var coming = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:oren-maltby", m.Id) && m.Date?.StartsWith("2031-03") == true);
        Assert.True(d.Has("ATTENDED", "person:karel-brandt", coming.Id));
        Assert.True(d.Has("ATTENDED", "person:ilse-varn", coming.Id));
    }

    [Fact]
    public void UnconfirmedAttendanceIsNoAttendance()
    {
        var d = TestArticles.Extract(Preview + "\n" + """
            Norwegian Prime Minister Karel Brandt had not confirmed his participation by Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:karel-brandt", m.Id));
    }
}
