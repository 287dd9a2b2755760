namespace RelationsGraph.Extraction.Tests;

/// <summary>Someone at the table "as an observer" or "as a guest" binds no state to what the meeting adopts; a host's "guest" is the visitor.</summary>
public class ObserverRoleTests
{
    [Fact]
    public void AnObserversCountryIsNoPartyOfWhatTheMeetingAdopted()
    {
        var d = TestArticles.Extract("""
            date 2019-05-06 Vietnamese Prime Minister Nguyen Xuan Phuc and Cambodian Prime Minister Hun Sen held talks in Hanoi on Monday with Lao Prime Minister Thongloun Sisoulith attending as an observer, and the meeting adopted a joint statement on border trade.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:vn", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:kh", statement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:la", statement.Id), d.Dump());
    }

    [Fact]
    public void AHostWhoMeetsHisGuestIsStillASide()
    {
        var d = TestArticles.Extract("""
            date 2019-05-06 Vietnamese Prime Minister Nguyen Xuan Phuc met his guest, Cambodian Prime Minister Hun Sen, in Hanoi on Monday, and the two leaders adopted a joint statement on border trade.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:vn", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:kh", statement.Id), d.Dump());
    }
}
