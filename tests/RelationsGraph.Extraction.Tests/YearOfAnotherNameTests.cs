namespace RelationsGraph.Extraction.Tests;

/// <summary>A year that opens another document's name belongs to that document, not to the making clause it trails into.</summary>
public class YearOfAnotherNameTests
{
    [Fact]
    public void TheMakingClauseDoesNotTakeTheYearOfTheTreatyItReaffirms()
    {
        var d = TestArticles.Extract("""
            The prime ministers of Portugal and Spain signed a joint declaration in Porto on Monday.

            The declaration, adopted at a session of the Iberian Council of Ministers at the old customs house, reaffirms the 1977 Madrid Treaty of Friendship.
            """);
        var declarations = d.OfType("Agreement").Where(a => a.Name.Contains("declaration", StringComparison.OrdinalIgnoreCase)).ToList();
        var declaration = Assert.Single(declarations);
        Assert.DoesNotContain("1977", declaration.Name);
    }
}
