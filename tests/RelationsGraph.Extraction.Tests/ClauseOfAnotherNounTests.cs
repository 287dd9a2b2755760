namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A relative clause hanging on another noun than a document (ClauseOfAnotherNoun) keeps its year and its then-title to
/// itself: the document the sentence makes still dates from the story's year; a clause hanging on a document still dates it.
/// A past participle with its own time after a determined noun ("welcomed the ferry link opened in 2019") is such a clause
/// too, a reduced relative.
/// </summary>
public class ClauseOfAnotherNounTests
{
    [Fact]
    public void AYearInAClauseAboutAnotherNounDoesNotBlockTheStorysYear()
    {
        var d = TestArticles.Extract("""
            date 2025-06-12
            Chilean President Tomas Varela met Uruguayan President Ana Berdini in Colonia on Thursday.
            The two sides released a joint statement that vowed to widen the River Plate Partnership that Varela and then-Foreign Minister Ruben Ostra launched at the Moneda Palace in March 2019.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2025);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2019);
    }

    [Fact]
    public void AClauseHangingOnADocumentStillDatesTheSigningItTells()
    {
        var d = TestArticles.Extract("""
            date 2025-06-12
            Historians recalled the Lowland Treaty that Varela's predecessors signed in 1988 along with a fisheries protocol.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2025);
    }

    [Fact]
    public void TheClauseSpansLeaveOutSaidThatAndClausesHoldingTheReference()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("They said that the frontier where troops clashed in 2011 is calm.");
        var spans = RelationsGraph.Extraction.Agreements.ClauseOfAnotherNoun.Spans(tokens, 0, 1);
        Assert.Single(spans);
        Assert.Equal("where", tokens[spans[0].Start].Lower);
        Assert.Empty(RelationsGraph.Extraction.Agreements.ClauseOfAnotherNoun.Spans(tokens, 6, 7));
    }

    [Fact]
    public void AParticipleWithItsOwnYearAfterAnotherNounLeavesTheStorysYear()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Estonian Prime Minister Kaja Vello hosted Finnish Prime Minister Oskari Lind in Tallinn on Monday.

            The two premiers signed a joint statement that welcomed the ferry link opened in 2019 between their capitals.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2025);
    }

    [Fact]
    public void TheParticipleSpanLeavesOutAClauseSubjectAndDocuments()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("They hailed the ferry link opened in 2019, and the bridge opened in 2021.");
        var spans = RelationsGraph.Extraction.Agreements.ClauseOfAnotherNoun.Spans(tokens, 0, 1);
        Assert.Single(spans);
        Assert.Equal("opened", tokens[spans[0].Start].Lower);
        var treaty = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("They hailed the treaty signed in 2019 at Turku.");
        Assert.Empty(RelationsGraph.Extraction.Agreements.ClauseOfAnotherNoun.Spans(treaty, 0, 1));
    }
}
