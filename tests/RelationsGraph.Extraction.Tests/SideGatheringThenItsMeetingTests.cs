namespace RelationsGraph.Extraction.Tests;

/// <summary>"On the margins of the summit X held bilateral meetings with A and B": the fronted gathering sets the scene; the meetings are their own.</summary>
public class SideGatheringThenItsMeetingTests
{
    [Fact]
    public void FrontedMarginsWithoutCommaKeepsTheSideMeetingsApart()
    {
        var d = TestArticles.Extract("""
            date 2031-03-14

            Leaders of the Coral Rim Forum met in Port Avelin on Thursday for their annual summit.
            On the margins of the summit Prime Minister Tavita Morenu held separate bilateral meetings with President Ilsa Varko and Prime Minister Doran Ketts.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tavita-morenu", m.Id) && d.Has("ATTENDED", "person:ilsa-varko", m.Id) &&
                                                 !d.Has("ATTENDED", "person:doran-ketts", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tavita-morenu", m.Id) && d.Has("ATTENDED", "person:doran-ketts", m.Id) &&
                                                 !d.Has("ATTENDED", "person:ilsa-varko", m.Id));
    }

    [Fact]
    public void SummitMeetingAfterSidelinesStaysOneName()
    {
        var d = TestArticles.Extract("""
            date 2031-03-14

            President Ilsa Varko met Prime Minister Doran Ketts on the sidelines of the Coral Rim summit meeting in Port Avelin on Thursday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilsa-varko", m.Id) && d.Has("ATTENDED", "person:doran-ketts", m.Id));
    }
}
