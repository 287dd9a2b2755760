namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group signs for the meeting's people only as the verb's subject and only when the counts agree.</summary>
public class CountedGroupSignersTests
{
    [Fact]
    public void TwoSidesAtASummitOfFourAreNotAllItsLeaders()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto, Ugandan President Yoweri Museveni, Tanzanian President Samia Suluhu Hassan and Rwandan President Paul Kagame met in Arusha on Friday for the East African summit.
            At the summit the two sides signed a customs agreement.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void TwoLeadersWhoMetSignedWhatTheTwoLeadersSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Entebbe on Friday.
            After the talks the two leaders signed a customs agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yoweri-museveni", agreement.Id), d.Dump());
    }

    [Fact]
    public void LeadersInWhosePresenceOthersSignedDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Entebbe on Friday.
            After the talks the trade ministers signed a customs agreement in the presence of the two leaders.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From is "person:william-ruto" or "person:yoweri-museveni");
    }
}
