namespace RelationsGraph.Extraction.Tests;

/// <summary>An undated story takes the one year its titled office-holders shared; only titles the text writes count.</summary>
public class ArticleYearTests
{
    private static string? AccordId(string text) =>
        TestArticles.Extract(text).Entities.FirstOrDefault(e => e.Type == "Agreement")?.Id;

    [Fact]
    public void WrittenTitlesWhoseTermsMeetInOneYearDateTheStory()
    {
        // The chancellor's listed term ends in the year the listed president's begins.
        const string text = "BONN (Wire) - Chancellor Helmut Kohl and President Kim Dae-jung signed an accord on shipyard training in Bonn on Monday.\n\nThe accord sends forty welders a year to the Rhine yards.\n";
        Assert.Equal("agreement:1998-agreement", AccordId(text));
    }

    [Fact]
    public void ATitleOnlyTheKnowledgeSuppliesDatesNothing()
    {
        // The second signer carries no written title; the list knows him only as chancellor from 1998, which would date the
        // story to the one year both chancellors' terms touch, whatever office he held in it.
        const string text = "HANOVER (Wire) - Chancellor Helmut Kohl and Gerhard Schroeder signed an accord on river shipping in Hanover on Monday.\n\nThe accord opens the canal to barges from both states.\n";
        Assert.Equal("agreement:undated-agreement", AccordId(text));
    }
}
