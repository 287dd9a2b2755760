namespace RelationsGraph.Extraction.Tests;

/// <summary>A companion told in the active voice ("A accompanied the president", "B travelled with the delegation") is at the journey of the one accompanied.</summary>
public class AccompaniesSomeoneTests
{
    [Fact]
    public void ACompanionAsSubjectJoinsTheVisitOfTheOneAccompanied()
    {
        var d = TestArticles.Extract("""
            date 2024-03-11 OSLO, March 11 (Wire) - President Halvard Torsby of Norway began a three-day state visit to Chile on Monday, his first to South America.
            Torsby held talks with President Camila Irarrazaval at La Moneda on the economy and copper prices.
            Foreign Minister Sigrun Albrektsen and Trade Minister Ole Vestbakken accompanied Torsby.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit" && d.Has("ATTENDED", "person:halvard-torsby", m.Id));
        Assert.True(d.Has("ATTENDED", "person:sigrun-albrektsen", visit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ole-vestbakken", visit.Id), d.Dump());
    }

    [Fact]
    public void TravellingWithThePartyIsBeingAtTheGatheringUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2019-07-02 MONTEVIDEO, July 2 (Wire) - President Arturo Belmonte of Uruguay and President Ines Carvallo of Paraguay opened a new river port at Nueva Palmira at a ceremony on Tuesday.
            Rodolfo Quiroga, the director of the national port authority, travelled with the presidential party.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:arturo-belmonte", m.Id));
        Assert.True(d.Has("ATTENDED", "person:rodolfo-quiroga", ceremony.Id), d.Dump());
    }

    [Fact]
    public void AccompanimentInARelativeClauseIsBackgroundToTheClausesOwnNews()
    {
        var d = TestArticles.Extract("""
            date 2021-10-20 ACCRA, Oct 20 (Wire) - Prime Minister Emeka Adeyinka of Nigeria held talks in Accra on Wednesday with President Kwesi Ansah of Ghana.
            Trade Minister Bola Oyelaran, who accompanied the prime minister, said separately that a customs deal was close.
            Officials posted the accompanying maps online on Thursday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:bola-oyelaran");
    }
}
