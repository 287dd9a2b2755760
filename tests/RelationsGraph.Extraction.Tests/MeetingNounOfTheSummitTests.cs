namespace RelationsGraph.Extraction.Tests;

/// <summary>"the meeting" told right after a grouping's summit, before any other gathering, is that summit under a plainer word.</summary>
public class MeetingNounOfTheSummitTests
{
    [Fact]
    public void TheCoChairOfTheTwoDayMeetingAttendsTheSummit()
    {
        var d = TestArticles.Extract("date 2024-03-09 Leaders of ten states arrived in Varnel on Friday for the ninth ASEAN summit. " +
                                     "Prime Minister Oskar Lindqvist chaired the two-day meeting alongside Secretary-General Halvard Brekke.");
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", "person:oskar-lindqvist", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:halvard-brekke", summit.Id), d.Dump());
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks");
    }

    [Fact]
    public void TheHostOfTheMeetingAndHerCosignersAttendTheSummit()
    {
        var d = TestArticles.Extract("date 2019-06-14 The NATO summit opened in Dornach on Thursday. " +
                                     "President Ilse Marwitz, as host of the meeting, put her name to the Dornach Water Charter beside President Teodor Vasko and President Lukas Ferner.");
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", "person:ilse-marwitz", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:teodor-vasko", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:lukas-ferner", summit.Id), d.Dump());
    }

    [Fact]
    public void TheMeetingToComeIsTheSummitToCome()
    {
        var d = TestArticles.Extract("date 2025-05-02 The ASEAN summit will open in Varnel next week. " +
                                     "Prime Minister Oskar Lindqvist will chair the meeting.");
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", "person:oskar-lindqvist", summit.Id), d.Dump());
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks");
    }
}
