namespace RelationsGraph.Extraction.Tests;

/// <summary>Who hosts and who is the guest when the sentence says so by a hosting or inviting verb.</summary>
public class AttendanceRoleTests
{
    private static string? RoleOf(RelationsGraph.Extraction.Model.ExtractionDocument d, string person) =>
        d.Relationships.FirstOrDefault(r => r.Type == "ATTENDED" && r.From == person)?.Role;

    [Fact]
    public void TheOneWelcomedForTalksIsTheGuest()
    {
        var d = TestArticles.Extract("date 2024-05-10 Peruvian President Dina Boluarte welcomed Ecuadorean President Daniel Noboa to Lima on Tuesday for talks on the border.");
        Assert.Equal("host", RoleOf(d, "person:dina-boluarte"));
        Assert.Equal("guest", RoleOf(d, "person:daniel-noboa"));
    }

    [Fact]
    public void TheOneInvitedToAVisitIsTheGuest()
    {
        var d = TestArticles.Extract("date 2024-05-10 Indonesian President Joko Widodo invited his Vietnamese counterpart Vo Van Thuong to a state visit to Jakarta next year.");
        Assert.Equal("host", RoleOf(d, "person:joko-widodo"));
        Assert.Equal("guest", RoleOf(d, "person:vo-van-thuong"));
    }
}

/// <summary>"X held talks with Y, and met Z separately": the second verb's subject is X, and Y is not at that meeting.</summary>
public class CoordinatedMeetingVerbTests
{
    [Fact]
    public void ASecondMeetingVerbAfterCommaAndSharesTheSubjectNotTheObject()
    {
        var trace = new RelationsGraph.Extraction.Pipeline.ExtractionTrace();
        var article = new RelationsGraph.Extraction.Reading.ArticleReader().FromText("trace.txt",
            "date 2024-06-02 On the margins of the forum in Astana on Monday, Recep Tayyip Erdogan held talks with Shavkat Mirziyoyev, their first meeting this year, and met Kassym-Jomart Tokayev separately.", trace);
        new Extractor().Extract(article, trace);
        var text = trace.ToString();
        Assert.Contains("'met' kind talks, date -: person:recep-tayyip-erdogan (participant), person:kassym-jomart-tokayev (participant)", text);
        Assert.DoesNotContain("person:shavkat-mirziyoyev (participant), person:kassym-jomart-tokayev", text);
    }
}
