namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// HeadlineNameOpensTitle: a headline's document called by a proper modifier ("Velmora memorandum") is the body's document
/// whose title opens with those words, even when the body told it first under another noun.
/// </summary>
public class HeadlineNameOpensTitleTests
{
    [Fact]
    public void TheHeadlinesNamedMemorandumIsTheTitledDocument()
    {
        var d = TestArticles.Extract("""
            date 2023-05-14 Ferrand and Belmonte sign Velmora memorandum on fishing

            Foreign ministers Lucas Ferrand and Ana Belmonte signed an agreement on Saturday that reopens the northern banks to trawlers.

            The two ministers signed the document, formally titled the Velmora Memorandum on Fisheries Access and Joint Patrols, in the harbour hall.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Velmora Memorandum on Fisheries Access", agreement.Name);
    }
}
