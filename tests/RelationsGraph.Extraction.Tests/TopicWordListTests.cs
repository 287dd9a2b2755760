namespace RelationsGraph.Extraction.Tests;

/// <summary>An untitled document's topic runs through a list of bare words joined by commas and a last "and" or "or".</summary>
public class TopicWordListTests
{
    [Fact]
    public void ATopicListOfBareWordsRunsToItsHeadNoun()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Foreign ministers Harlan Voss of Keldoria and Mirela Oskan of Brevania signed a general agreement on fisheries, shipping, tourism and scientific cooperation in Varsk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("fisheries, shipping, tourism and scientific cooperation", agreement.Name);
    }

    [Fact]
    public void ASerialCommaBeforeTheLastItemKeepsTheList()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania signed a memorandum on forestry, mining, and rail transport during talks in Varsk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("forestry, mining, and rail transport", agreement.Name);
    }

    [Fact]
    public void ACommaBeforeANewClauseStillEndsTheTopic()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania signed an agreement on fisheries, and the two delegations then left Varsk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("delegations", agreement.Name);
    }

    [Fact]
    public void TheListRunsOnlyFromTheStartOfTheTopic()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("an agreement on maritime security, trade and energy was signed");
        Assert.Equal(-1, Agreements.TopicWordList.End(tokens, 2, 5));
    }
}

/// <summary>A relative clause "that dates from YEAR" gives a document its year.</summary>
public class DatesFromClauseTests
{
    [Fact]
    public void ARelativeClauseThatDatesFromAYearDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Keldoria and Brevania agreed on Tuesday to revive a fisheries agreement that dates from 1991.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1991, agreement.Year);
    }

    [Fact]
    public void DatesBackToIsReadButDatesWithIsNot()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("the pact which dates back to 1991");
        Assert.True(Agreements.DatesFromClause.At(tokens, 3));
        var other = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("the pact which dates to 1991");
        Assert.False(Agreements.DatesFromClause.At(other, 3));
    }
}

/// <summary>"an agreement on A and another on B": "another" stands for a second document of the same kind.</summary>
public class ElidedDocumentNounTests
{
    [Fact]
    public void AnotherWithATopicIsASecondDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Ministers of Keldoria and Brevania signed an agreement on fisheries and another on road transport.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("road transport"));
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("fisheries"));
    }

    [Fact]
    public void AnotherWithoutADocumentBeforeIsNone()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("The minister visited one port and another on the coast");
        Assert.Null(Agreements.ElidedDocumentNoun.KindAt(tokens, 6));
    }
}
