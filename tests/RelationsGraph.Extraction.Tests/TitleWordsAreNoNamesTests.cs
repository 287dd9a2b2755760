namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The titles of laws and pacts and the names of movements and services are made of abstract nouns ("Growth", "Opportunity",
/// "Liberation", "Intelligence") that are never a person's name, however a verb after them reads.
/// </summary>
public class TitleWordsAreNoNamesTests
{
    private const string Lead = "date 2019-04-11 Trade ministers met in Nairobi on Thursday. ";

    [Fact]
    public void ALawsTitleWithAnAndIsNoPairOfPeople()
    {
        var d = TestArticles.Extract(Lead + "Exports under the Coastal Growth and Fair Opportunity Act rose last year.");
        Assert.Empty(d.OfType("Person"));
    }

    [Fact]
    public void AServiceOrMovementIsNoPerson()
    {
        var d = TestArticles.Extract(Lead + "Officers of the Joint Services Intelligence attended, and the Popular Liberation Front objected.");
        Assert.Empty(d.OfType("Person"));
    }
}
