namespace RelationsGraph.Extraction.Tests;

/// <summary>A group that "held talks" or "met" face to face is not the phone call told before it.</summary>
public class GroupHeldTalksInPersonTests
{
    [Fact]
    public void TheTwoPresidentsHeldTalksAfterTheirCallMeetInPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 TALLINN - Estonian President Tarmo Kallas and Finnish President Veikko Lindqvist signed the Gulf Ferry Accord at Kadriorg Palace on Friday.
            The two presidents had agreed the last clauses in a telephone call on 14 April.
            Once the ceremony was over, the two presidents held talks over lunch.
            """);
        var talks = d.OfType("Meeting").Where(m => m.Kind != "phone_call" && d.Has("ATTENDED", "person:tarmo-kallas", m.Id) && d.Has("ATTENDED", "person:veikko-lindqvist", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "phone_call");
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
