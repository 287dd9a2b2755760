namespace RelationsGraph.Extraction.Tests;

/// <summary>A known name whose small words ("of the", "on the") are followed by more than one capitalised word is read whole.</summary>
public class KnownNameWithALongTailTests
{
    private const string Opening = "date 2024-05-20 Ministers from Chile and Peru met in Lima on Monday to discuss river ports. ";

    private static List<string> Organizations(string text) =>
        TestArticles.Extract(Opening + text).OfType("Organization").Select(e => e.Name).ToList();

    [Fact]
    public void TheCouncilOfTheEuropeanUnionIsReadWhole()
    {
        var names = Organizations("Their draft on ferry tariffs now goes to the Council of the European Union for a first reading.");
        Assert.Contains("Council of the European Union", names);
    }

    [Fact]
    public void TheCouncilOfTheEuropeanUnionOpeningASentenceIsReadWhole()
    {
        var names = Organizations("The Council of the European Union will discuss the ferry tariffs in Brussels on Friday.");
        Assert.Contains("Council of the European Union", names);
    }
}
