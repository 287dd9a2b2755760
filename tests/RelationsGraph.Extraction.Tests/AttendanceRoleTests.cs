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
