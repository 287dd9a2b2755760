namespace RelationsGraph.Extraction.Tests;

/// <summary>Attendance told with its day joins the gathering told on that day, past an aside about another gathering.</summary>
public class SameDayAttendanceTests
{
    [Fact]
    public void ARollWithItsDayJoinsTheGatheringOfThatDayNotTheLatestAside()
    {
        var d = TestArticles.Extract("""
            Finnish President Aino Rantala and Swedish Prime Minister Per Lindqvist opened a summit in Reykjavik on Friday.

            Icelandic Foreign Minister Jon Arnason held talks with Estonian officials in Tallinn.

            Also present on Friday was Danish Prime Minister Karen Holm.
            """);
        var summit = d.OfType("Meeting").Single(x => d.Has("ATTENDED", "person:aino-rantala", x.Id));
        Assert.True(d.Has("ATTENDED", "person:karen-holm", summit.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:karen-holm" && r.To != summit.Id);
    }
}
