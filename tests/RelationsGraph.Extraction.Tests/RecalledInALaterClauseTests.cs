namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A meeting of another year, told in a relative or time clause after the document, is what the document's topic recalls,
/// not where the undated document of the story was made; a clause that itself makes the document still dates it.
/// </summary>
public class RecalledInALaterClauseTests
{
    [Fact]
    public void TheVisitOfTheRecallingClauseDoesNotMakeTheStatement()
    {
        var d = TestArticles.Extract("""
            date 2024-11-15 Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Santiago on Thursday.

            Boric and Milei also issued a joint statement on deepening the strategic partnership that the two countries established in 2012, when then-President Sebastian Pinera visited Buenos Aires.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("2012", statement.Name);
    }

    [Fact]
    public void AClauseThatSignsTheDocumentStillDatesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-11-15 Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Santiago on Thursday.

            Boric said ties rest on the Treaty of Maipu that Michelle Bachelet signed with Cristina Fernandez on her visit in October 2009.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("2009"));
    }
}
