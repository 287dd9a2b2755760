using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Gravely summit", "the Gravely Harbour Council of March": a town whose name is also a word needs place context, and "the"
/// before it with a gathering's noun or a council's name after it is such a context (see PlaceContext). The town and the council
/// are invented and made known to the knowledge base for the test only, the town as a generated city that needs context.
/// </summary>
public class TownBeforeAGatheringTests
{
    private static ExtractionDocument ExtractKnowingTheTown(string text) =>
        TestArticles.ExtractKnowingOnly(new Dictionary<string, string> { ["cities.generated.txt"] = "Gravely|FR||40000|context\n", ["organizations.txt"] = "Harbour Council||body\n" }, text);

    [Fact]
    public void TheTownNamingASummitIsAPlace()
    {
        var d = ExtractKnowingTheTown("""
            date 2019-06-02 Fishing quotas for the coming decade were settled on Friday.
            The deal builds on the Gravely summit of March 2019, where Premier Alda Vintner dropped her veto.
            """);
        Assert.Contains(d.Entities, e => e.Id == "place:gravely");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:gravely"));
    }

    [Fact]
    public void TheTownNamingACouncilsSittingIsAPlace()
    {
        var d = ExtractKnowingTheTown("""
            date 2019-06-02 Fishing quotas for the coming decade were settled on Friday.
            The deal builds on the decisions of the Gravely Harbour Council of March 2019 on the northern grounds.
            """);
        Assert.Contains(d.Entities, e => e.Id == "place:gravely");
    }

    [Fact]
    public void TheWordElsewhereStaysAWord()
    {
        var d = ExtractKnowingTheTown("""
            date 2019-06-02 Fishing quotas for the coming decade were settled on Friday.
            Gravely ill sailors were flown ashore before the talks began.
            """);
        Assert.DoesNotContain(d.Entities, e => e.Id == "place:gravely");
    }
}
