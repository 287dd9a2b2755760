namespace RelationsGraph.Extraction.Tests;

/// <summary>Signings told in the passive or side by side, and what a signed document comes out of.</summary>
public class SigningMeetingTests
{
    [Fact]
    public void APassiveSigningByTwoPeopleIsTheirMeeting()
    {
        var d = TestArticles.Extract("date 2022-04-02 The fisheries accord was signed in the harbour office on Saturday by Chilean Foreign Minister Rosa Paz and Peruvian Foreign Minister Luis Tello.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:rosa-paz", signing.Id) && d.Has("ATTENDED", "person:luis-tello", signing.Id), d.Dump());
    }

    [Fact]
    public void EachSideSigningForItselfIsOneSigning()
    {
        var d = TestArticles.Extract("date 2022-04-02 Ghanaian Trade Minister Kwame Boateng signed for Accra, and Togolese Trade Minister Afi Mensah signed for Lome.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:kwame-boateng", signing.Id) && d.Has("ATTENDED", "person:afi-mensah", signing.Id), d.Dump());
    }

    [Fact]
    public void ADocumentItsSignersSignedComesOutOfTheirTalks()
    {
        var d = TestArticles.Extract("""
            date 2022-04-02 Kenyan President Ruth Wanjiru held talks with Tanzanian President Amani Juma in Arusha on Friday.
            Later, Wanjiru signed a memorandum on cross-border trade.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        var memo = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", talks.Id, memo.Id), d.Dump());
    }
}
