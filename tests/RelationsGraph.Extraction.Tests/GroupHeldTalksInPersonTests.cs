namespace RelationsGraph.Extraction.Tests;

/// <summary>A group that "held talks" or "met" face to face is not the phone call told before it.</summary>
public class GroupHeldTalksInPersonTests
{
    [Fact]
    public void TheTwoPresidentsHeldTalksAfterTheirCallMeetInPerson()
    {
        var d = TestArticles.Extract("""
            TALLINN, May 10, 2024 - Estonian President Tarmo Kallas spoke by telephone with Finnish President Veikko Lindqvist on April 14 about the ferry accord.
            On Friday the two presidents held talks over lunch at Kadriorg Palace.
            """);
        // The lunch talks are a meeting of their own, not one more mention of the April call: that call is told once.
        var call = Assert.Single(d.OfType("Meeting"), m => m.Kind == "phone_call");
        Assert.Equal(1, call.Mentions);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "talks");
    }

    [Fact]
    public void TheTwoLeadersDiscussedOnTheCallStaysTheCall()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 TALLINN - Estonian President Tarmo Kallas spoke by telephone with Finnish President Veikko Lindqvist on Friday.
            The two leaders discussed ferry links across the gulf.
            """);
        var call = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("phone_call", call.Kind);
    }
}
