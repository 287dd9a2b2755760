namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare "attended" in a later clause is attendance at the gathering its own sentence named, not at the summit told before.</summary>
public class GatheringOfTheSentenceTests
{
    [Fact]
    public void BareAttendanceJoinsTheSessionOfItsSentence()
    {
        var d = TestArticles.Extract("""
            date 2022-10-12 The ASEAN summit opened in Phnom Penh on Tuesday with a speech by Cambodian Prime Minister Hun Sen.
            Thai Foreign Minister Don Pramudwinai chaired a session on fisheries in Siem Reap on Wednesday; Malaysian Foreign Minister Saifuddin Abdullah and Singaporean Foreign Minister Vivian Balakrishnan attended.
            """);
        var session = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:don-pramudwinai", m.Id));
        Assert.True(d.Has("ATTENDED", "person:saifuddin-abdullah", session.Id));
        Assert.True(d.Has("ATTENDED", "person:vivian-balakrishnan", session.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id != session.Id && d.Has("ATTENDED", "person:vivian-balakrishnan", m.Id));
    }
}
