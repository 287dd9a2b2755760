namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A statement or communiqué a gathering issues is a text of its own, not the charter or treaty signed there (see
/// StatementIsNoCharter); a statement told again still refers back to the statement.
/// </summary>
public class StatementIsNoCharterTests
{
    [Fact]
    public void AFinalCommuniqueIsNotTheCharterSignedBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14 The leaders of Velmora and Castrand signed the charter of a new river council in Portelva on Monday.
            Under the charter, the council will sit in Portelva.
            In their final communique, read aloud on Tuesday, the two leaders declared that the river is a shared heritage.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AStatementToldAgainIsOneText()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14 The leaders of Velmora and Castrand issued a joint statement in Portelva on Monday.
            The joint statement called for a new river council.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
