namespace RelationsGraph.Extraction.Tests;

/// <summary>A definite venue noun ("at the conference centre", "in the palace") takes up the one venue of that noun the article named before.</summary>
public class DefiniteVenueNounTests
{
    [Fact]
    public void TheConferenceCentreLaterPlacesTheTalksAtTheVenueNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-06-14

            The Lakeside International Conference Centre, finished in 2019, stands on the northern shore of the lake.

            Rwandan President Paul Kagame held talks with Burundian President Evariste Ndayishimiye at the conference centre on Tuesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:lakeside-international-conference-centre"), d.Dump());
    }

    [Fact]
    public void ThePresidentialPalaceLaterPlacesTheBanquet()
    {
        var d = TestArticles.Extract("""
            date 2022-11-03

            Flags lined the avenue leading to the Emerald Palace, restored last year after a long closure.

            That evening Ghanaian President Nana Akufo-Addo hosted a state banquet for Nigerian President Muhammadu Buhari in the presidential palace.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", banquet.Id, "place:emerald-palace"), d.Dump());
    }

    [Fact]
    public void TwoEarlierVenuesOfTheNounLeaveThePalaceUnread()
    {
        var d = TestArticles.Extract("""
            date 2022-11-03

            Flags lined the avenue between the Emerald Palace and the Ivory Palace, both restored last year.

            That evening Ghanaian President Nana Akufo-Addo hosted a state banquet for Nigerian President Muhammadu Buhari in the palace.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("HELD_IN", banquet.Id, "place:emerald-palace"), d.Dump());
        Assert.False(d.Has("HELD_IN", banquet.Id, "place:ivory-palace"), d.Dump());
    }

    [Fact]
    public void ThePalacesNamedHallIsTheVenueNotThePalace()
    {
        var d = TestArticles.Extract("""
            date 2022-11-03

            Flags lined the avenue leading to the Emerald Palace, restored last year after a long closure.

            That evening Ghanaian President Nana Akufo-Addo hosted a state banquet for Nigerian President Muhammadu Buhari in the palace's Jade Hall.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("HELD_IN", banquet.Id, "place:emerald-palace"), d.Dump());
    }
}
