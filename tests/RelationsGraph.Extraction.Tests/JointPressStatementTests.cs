namespace RelationsGraph.Extraction.Tests;

/// <summary>A joint press statement the sides issue is their joint statement; one only quoted from is no document.</summary>
public class JointPressStatementTests
{
    [Fact]
    public void AnIssuedJointPressStatementIsAJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Prime Minister Ilse Varnholt of Austria met Prime Minister Tomas Ekdahl of Sweden in Graz on Tuesday.
            Both premiers then issued a joint press statement welcoming the new rail link between their capitals.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(statement.Aliases, a => a.Contains("joint press statement", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsQuotedFromAJointPressStatementMakeNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Prime Minister Ilse Varnholt of Austria met Prime Minister Tomas Ekdahl of Sweden in Graz on Tuesday.
            "The rail link will bring our capitals closer," Varnholt said in a joint press statement.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
