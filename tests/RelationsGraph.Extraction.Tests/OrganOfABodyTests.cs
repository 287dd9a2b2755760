namespace RelationsGraph.Extraction.Tests;

/// <summary>An organ named by its generic title and "of the" its parent body is one body, not a stray "Standing Committee".</summary>
public class OrganOfABodyTests
{
    private const string Opening = "date 2024-05-20 Ministers from Chile and Peru met in Lima on Monday to discuss river ports. ";

    private static List<string> Organizations(string text) =>
        TestArticles.Extract(Opening + text).OfType("Organization").Select(e => e.Name).ToList();

    [Fact]
    public void ACommitteeOfAUnionIsOneBody()
    {
        var names = Organizations("Later they called on Tomas Ruvel, chairman of the Standing Committee of the Highland Ferrymen Union, at his office.");
        Assert.Contains("Standing Committee of the Highland Ferrymen Union", names);
        Assert.DoesNotContain("Standing Committee", names);
    }

    [Fact]
    public void ACouncilOfAnAssociationIsOneBody()
    {
        var names = Organizations("The Executive Council of the Valley Orchard Growers Association welcomed the plan on Tuesday.");
        Assert.Contains("Executive Council of the Valley Orchard Growers Association", names);
        Assert.DoesNotContain("Executive Council", names);
    }
}
