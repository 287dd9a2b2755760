namespace RelationsGraph.Extraction.Tests;

/// <summary>The capitalised subject after a document noun and "on" is of the document's title, not a body.</summary>
public class BodyWordInADocumentsSubjectTests
{
    private const string Opening = "date 2024-05-20 Ministers from Chile and Peru met in Lima on Monday to discuss river ports. ";

    private static List<string> Organizations(string text) =>
        TestArticles.Extract(Opening + text).OfType("Organization").Select(e => e.Name).ToList();

    [Fact]
    public void ForcesInATreatysSubjectAreNoBody()
    {
        var names = Organizations("Both governments still observe the Treaty on Reduced Naval Forces in the Pacific, signed decades ago.");
        Assert.DoesNotContain(names, n => n.Contains("Forces"));
    }

    [Fact]
    public void AUnionInAProtocolsSubjectIsNoBody()
    {
        var names = Organizations("They also reviewed the Protocol on the Andean Fisheries Union, which took effect last year.");
        Assert.DoesNotContain(names, n => n.Contains("Fisheries Union"));
    }
}
