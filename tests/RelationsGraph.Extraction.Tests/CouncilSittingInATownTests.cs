using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "at the Tollin Harbour Council", "the Harbour Council in Marvelle on 4-5 June": a council told with the town it sat in, as
/// the setting of the clause or dated at once, is a sitting held there (see CouncilSittingInATown). The towns and the council
/// are invented and made known to the knowledge base for the test only.
/// </summary>
public class CouncilSittingInATownTests
{
    private const string Places = "Marvelle|DE|\nTollin|FR|\n";

    private const string Bodies = "Harbour Council||body\n";

    /// <summary>Extracts with a knowledge base that also knows the invented towns and the invented council.</summary>
    private static ExtractionDocument ExtractKnowingTowns(string text) =>
        TestArticles.ExtractKnowingOnly(new Dictionary<string, string> { ["places.txt"] = Places, ["organizations.txt"] = Bodies }, text);

    private static List<ExtractedEntity> HeldIn(ExtractionDocument d, string place) =>
        d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, place)).ToList();

    [Fact]
    public void TheTownBeforeTheCouncilsNameIsWhereItSat()
    {
        var d = ExtractKnowingTowns("""
            date 2019-05-12 Fishing quotas for the coming decade were settled on Friday in a long night of bargaining.
            The compromise first took shape at the Tollin Harbour Council in March, where Premier Alda Vintner and Chancellor Oskar Brell dropped their vetoes.
            """);
        var sitting = HeldIn(d, "place:tollin");
        Assert.Single(sitting);
        Assert.True(d.Has("ATTENDED", "person:alda-vintner", sitting[0].Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:oskar-brell", sitting[0].Id), d.Dump());
    }

    [Fact]
    public void TheTownAfterTheCouncilIsWhereItSat()
    {
        var d = ExtractKnowingTowns("""
            date 2019-07-02 Fishing quotas for the coming decade were settled on Monday after a long night of bargaining.
            The outline was agreed at the Harbour Council in Marvelle on 4-5 June, where Premier Alda Vintner won over her partners.
            """);
        var sitting = HeldIn(d, "place:marvelle");
        Assert.Single(sitting);
        Assert.True(d.Has("ATTENDED", "person:alda-vintner", sitting[0].Id), d.Dump());
    }

    [Fact]
    public void ACouncilSetUpInATownIsNoSitting()
    {
        var d = ExtractKnowingTowns("""
            date 2019-07-02 Premier Alda Vintner and Chancellor Oskar Brell signed a fisheries pact on Monday.
            The pact creates a Harbour Council in Marvelle where both navies are to share their quotas.
            """);
        Assert.Empty(HeldIn(d, "place:marvelle"));
    }
}
