namespace RelationsGraph.Extraction.Tests;

/// <summary>Those who travel with a principal are on the principal's trip.</summary>
public class EntourageTests
{
    [Fact]
    public void MinistersWhoAccompaniedTheVisitorAreOnTheVisit()
    {
        var d = TestArticles.Extract("""
            date 2025-04-10 Chilean President Gabriel Boric arrived in Lima on Thursday for a state visit.
            Foreign Minister Laura Bianchi and Economy Minister Tomas Ferrer accompanied Boric.
            """);
        var visit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:gabriel-boric", m.Id));
        Assert.True(d.Has("ATTENDED", "person:laura-bianchi", visit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tomas-ferrer", visit.Id), d.Dump());
    }

    [Fact]
    public void TravellingWithThePrincipalIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-04-10 Chilean President Gabriel Boric arrived in Lima on Thursday for a state visit.
            Travelling with Boric were Foreign Minister Laura Bianchi and Economy Minister Tomas Ferrer.
            """);
        var visit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:gabriel-boric", m.Id));
        Assert.True(d.Has("ATTENDED", "person:laura-bianchi", visit.Id), d.Dump());
    }

    [Fact]
    public void AnAccompanyingCountryIsNoJourney()
    {
        var tokens = RelationsGraph.Extraction.Text.SentenceSplitter.Split("The two accompanying countries sent observers.")[0].Tokens;
        var at = tokens.ToList().FindIndex(t => t.Lower == "accompanying");
        Assert.False(RelationsGraph.Extraction.Meetings.Entourage.IsAt(tokens, at));
    }

    [Fact]
    public void ACompanionInARelativeClauseJoinsTheSentencesGathering()
    {
        var d = TestArticles.Extract("""
            date 2025-04-10 Defence Minister Aiko Tanabe, who was accompanied by Foreign Minister Ken Mori, held talks with Indonesian Defence Minister Budi Santoso in Jakarta on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ken-mori", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:budi-santoso", talks.Id), d.Dump());
    }
}

/// <summary>Members of a delegation are at the gathering under discussion.</summary>
public class DelegationMembershipTests
{
    [Fact]
    public void AmongADelegationIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Deputy Foreign Minister Lena Kovac and Trade Minister Marko Horvat were among the Croatian delegation.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:lena-kovac", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:marko-horvat", talks.Id), d.Dump());
    }

    [Fact]
    public void MembersOfTheirDelegationsAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Trade Minister Marko Horvat and Energy Minister Ivo Babic came as members of the Croatian delegation.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ivo-babic", talks.Id), d.Dump());
    }
}

/// <summary>A signer for one side, told one at a time, is at the signing.</summary>
public class SignerForASideTests
{
    [Fact]
    public void ASignerOnBehalfOfACountryAttendsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 Pacific leaders signed the Harbour Declaration at a ceremony in Apia on Tuesday.
            Australian Foreign Minister Ruth Calder signed on behalf of her country.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:apia"));
        Assert.True(d.Has("ATTENDED", "person:ruth-calder", signing.Id), d.Dump());
    }

    [Fact]
    public void EachSideSigningForItsCapitalAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 The two sides signed the ceasefire agreement at a ceremony in Nairobi on Tuesday.
            Interior Minister Omar Bakri signed for Khartoum.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:nairobi"));
        Assert.True(d.Has("ATTENDED", "person:omar-bakri", signing.Id), d.Dump());
    }
}
