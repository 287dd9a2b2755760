namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document adopted at a summit told without its grouping's name comes out of the grouping's summit the story names,
/// held that year at the same place; a summit of two named leaders stays their own (see SummitOfItsGrouping).
/// </summary>
public class SummitOfItsGroupingTests
{
    private const string League = "Tarsian League|TL|bloc";

    [Fact]
    public void TheSummitToldWithoutItsGroupingGivesItsDocumentToTheGroupingsSummit()
    {
        var d = TestArticles.ExtractKnowingOnly("organizations.txt", League, """
            Tarsian League leaders adopt Velmar Declaration

            VELMAR, May 3, 2024 - Dastovia closed its year chairing the Tarsian League with the ninth meeting of the League's council of heads of state in Velmar on Thursday.

            Chancellor Ilse Morrow presided over a summit that admitted Nemoria as the bloc's eighth member and adopted the Velmar Declaration, along with a dozen smaller decisions.

            The declaration restates the members' pledge to keep the river open to trade.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Velmar Declaration"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.Contains("tarsian-league-summit", produced.From);
    }

    [Fact]
    public void APairsOwnSummitKeepsItsAccord()
    {
        var d = TestArticles.ExtractKnowingOnly("organizations.txt", League, """
            Dastovia and Korvan settle border on League sidelines

            VELMAR, May 3, 2024 - The Tarsian League's council of heads of state met in Velmar on Thursday for its ninth summit.

            On the same day Chancellor Ilse Morrow of Dastovia and President Teo Varga of Korvan held a summit of their own in Velmar and signed the Velmar Border Accord.

            The accord ends a quarrel over three river islands.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Border Accord"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        Assert.Contains("ilse-morrow-teo-varga", produced.From);
    }
}
