namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Joint Leaders' Statement on ...": a capitalised plural possessive inside a statement's title keeps it a title.</summary>
public class PossessiveStatementTitleTests
{
    [Fact]
    public void AStatementTitleWithAPluralPossessiveIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2024-07-15 Prime Minister Narendra Modi met Prime Minister Sheikh Hasina in New Delhi on Monday.
            The text, titled the Joint Ministers' Statement on River Sharing, commits both sides to new flood data.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("River Sharing", statement.Name, StringComparison.Ordinal);
    }
}
