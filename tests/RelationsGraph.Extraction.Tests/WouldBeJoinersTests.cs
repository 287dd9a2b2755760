namespace RelationsGraph.Extraction.Tests;

/// <summary>"the candidate states (A, B) join the existing pact members (C, D)": states still to join a document are no sides of it yet.</summary>
public class WouldBeJoinersTests
{
    [Fact]
    public void CandidatesToJoinAreNoSidesButTheMembersTheyJoinAre()
    {
        var d = TestArticles.Extract("""
            date 2011-03-09 President Lucia Bernaldo of Chile and President Tomas Velden of Norway will discuss the Harbour Trade Agreement negotiations in Santiago on Monday.

            Bernaldo would like the candidate states (Iceland, Estonia and Peru) to join the Harbour Trade Agreement alongside its present members (Chile, Portugal and Norway) before the autumn summit.
            """);
        var pact = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("HCP", StringComparison.Ordinal) || a.Name.Contains("Harbour", StringComparison.Ordinal));
        Assert.False(d.Has("PARTY_TO", "country:is", pact.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ee", pact.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pe", pact.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pt", pact.Id), d.Dump());
    }

    [Fact]
    public void StatesThatAppliedToJoinAreNoSides()
    {
        var d = TestArticles.Extract("""
            date 2023-07-16 Trade ministers met in Tallinn on Sunday, where Portugal formally signed the Amber Coast Agreement to become its ninth member.

            Iceland and Malta have also applied to join the Amber Coast Agreement, the ministers said.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:is", pact.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:mt", pact.Id), d.Dump());
    }

    [Fact]
    public void AStateThatJoinedStaysASide()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 Foreign ministers of Latvia and Lithuania met in Riga on Tuesday.

            Estonia joined the Amber Coast Convention in 2012, the ministers recalled.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ee", convention.Id), d.Dump());
    }
}
