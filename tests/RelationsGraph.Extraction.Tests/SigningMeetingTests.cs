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

/// <summary>Formal acts named by their own nouns, and onlookers who watch them.</summary>
public class FormalActTests
{
    [Fact]
    public void AnExchangeOfInstrumentsIsACeremony()
    {
        var d = TestArticles.Extract("date 2019-06-06 Foreign Minister Lina Okafor and her counterpart Ravi Menon presided over the exchange of instruments of ratification in Abuja on Thursday.");
        var ceremony = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("ceremony", ceremony.Kind);
        Assert.True(d.Has("ATTENDED", "person:ravi-menon", ceremony.Id), d.Dump());
    }

    [Fact]
    public void OnlookersWhoWatchedAttended()
    {
        var d = TestArticles.Extract("""
            date 2019-06-06 Foreign Minister Lina Okafor and her counterpart Ravi Menon signed the border treaty in Abuja on Thursday.
            Defence Minister Tunde Bello watched from the front row.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:tunde-bello", signing.Id), d.Dump());
    }
}

/// <summary>The agents of a passive signing, after a place phrase of several words.</summary>
public class PassiveSignerTests
{
    [Fact]
    public void SignersAfterALongPlacePhraseAreFound()
    {
        var d = TestArticles.Extract("date 2020-02-29 A maritime border agreement was signed in the main hall of the old port authority by Ghanaian Foreign Minister Kwame Asante and Togolese Foreign Minister Efua Dogbe.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwame-asante", agreement.Id) && d.Has("SIGNED", "person:efua-dogbe", agreement.Id), d.Dump());
    }
}
