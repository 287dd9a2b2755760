namespace RelationsGraph.Extraction.Tests;

/// <summary>A delegation "under" a leader or "including" members puts those people at the gathering the delegation attends.</summary>
public class DelegationUnderOrIncludingTests
{
    [Fact]
    public void TheLeaderOfADelegationUnderHimIsAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Estonia and Latvia held two days of border talks in Tartu on Tuesday.
            The mediator, Corinne Vasseur, shuttled between the Estonian delegation under Foreign Minister Arvo Tamberg and the Latvian delegation under Foreign Minister Janis Ozolkalns.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:arvo-tamberg", m.Id));
        Assert.True(d.Has("ATTENDED", "person:janis-ozolkalns", talks.Id), d.Dump());
    }

    [Fact]
    public void MembersOfADelegationIncludingThemAreAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Foreign Minister Arvo Tamberg of Estonia and Foreign Minister Janis Ozolkalns of Latvia signed a border agreement in Tartu on Tuesday.
            Tamberg, who led an Estonian delegation including the defence minister, Mart Kivisild, and the interior minister, Liis Saarepuu, told the audience the border was settled.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:janis-ozolkalns", m.Id));
        Assert.True(d.Has("ATTENDED", "person:mart-kivisild", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:liis-saarepuu", signing.Id), d.Dump());
    }

    [Fact]
    public void ADelegationUnderPressureNamesNoLeader()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Foreign Minister Arvo Tamberg of Estonia and Foreign Minister Janis Ozolkalns of Latvia signed a border agreement in Tartu on Tuesday.
            The opposition leader Mart Kivisild said the delegation under pressure from Riga had given too much away.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:janis-ozolkalns", m.Id));
        Assert.False(d.Has("ATTENDED", "person:mart-kivisild", signing.Id), d.Dump());
    }

    [Fact]
    public void WorkDoneOnASideUnderAMinisterIsNoPresence()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Foreign Minister Arvo Tamberg of Estonia and Foreign Minister Janis Ozolkalns of Latvia signed a border agreement in Tartu on Tuesday.
            The maps had been drawn up on the Finnish side under Foreign Minister Aino Kettunen, who did not travel to Tartu.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:janis-ozolkalns", m.Id));
        Assert.False(d.Has("ATTENDED", "person:aino-kettunen", signing.Id), d.Dump());
    }
}
