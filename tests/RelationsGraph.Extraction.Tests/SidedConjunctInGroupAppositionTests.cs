namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A group apposition after a plural office noun, "the negotiators, A for one side and B for the other": the second name,
/// joined by "and" and told with its side, is a person like the first even when its side is no state.
/// </summary>
public class SidedConjunctInGroupAppositionTests
{
    [Fact]
    public void TheSecondNegotiatorWithARebelSideIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The chief negotiators, Teodor Vasko for the cabinet and Orlen Dravik for the Highland Front, shook hands in Velmora on Friday.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Orlen Dravik"));
    }

    [Fact]
    public void TheSecondPremierOfARegionIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 In 1961 the premiers of the two provinces, Aurel Mincu for the east and Sandor Telvay for the west, signed a water accord.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Sandor Telvay"));
    }

    [Fact]
    public void TheFirstPremierAfterAnOfPhraseIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 In 1961 the premiers of the two provinces, Aurel Mincu for the east and Sandor Telvay for the west, signed a water accord.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Aurel Mincu"));
    }
}
