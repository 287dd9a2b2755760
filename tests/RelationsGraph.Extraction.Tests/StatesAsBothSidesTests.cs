using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The two crowns had settled their frontier with the Treaty of X", "peace treaties between the two empires": a plural definite
/// reference to the story's pair of states by their kind of polity (states, empires, crowns, republics, kingdoms) names a
/// recalled document's sides as "the two countries" does.
/// </summary>
public class StatesAsBothSidesTests
{
    // Observers of five other states make it a story of more than two countries, where a document's unnamed sides are not guessed.
    private const string Opening = "date 2024-05-02 Danish envoy Holger Brasklund and Swedish envoy Tove Lindqvar signed a treaty of peace at Halvstrand on Thursday. " +
                                   "Observers from Norway, Finland, Poland, Estonia and Latvia watched from the gallery. ";

    private static ExtractedEntity Recalled(ExtractionDocument d, string title) => Assert.Single(d.OfType("Agreement"), a => a.Name.Contains(title, StringComparison.Ordinal));

    [Fact]
    public void TheTwoCrownsNameTheSidesOfARecalledTreaty()
    {
        var d = TestArticles.Extract(Opening + "The two crowns had first fixed their border in 1688 with the Protocol of Osterby Mill.");
        var treaty = Recalled(d, "Osterby Mill");
        Assert.True(d.Has("PARTY_TO", "country:dk", treaty.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", treaty.Id), d.Dump());
    }

    [Fact]
    public void TreatiesBetweenTheTwoEmpiresAreTheirs()
    {
        var d = TestArticles.Extract(Opening + "The new text also restores the Convention of Varnholm, drawn up between the two empires in 1702.");
        var convention = Recalled(d, "Varnholm");
        Assert.True(d.Has("PARTY_TO", "country:dk", convention.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", convention.Id), d.Dump());
    }

    [Fact]
    public void BothStatesNameTheSidesOfAnOlderAccord()
    {
        var d = TestArticles.Extract(Opening + "Both states still cite the Accord of Rindel Ford, which ended the fighting of 1659.");
        var accord = Recalled(d, "Rindel Ford");
        Assert.True(d.Has("PARTY_TO", "country:dk", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", accord.Id), d.Dump());
    }
}
