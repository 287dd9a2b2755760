namespace RelationsGraph.Extraction.Tests;

/// <summary>A product is as old as its meeting: a document of another year did not come out of the meeting it is named with.</summary>
public class ProductOfAnotherYearTests
{
    [Fact]
    public void ADocumentOfAnotherYearNamedAtTheMeetingIsNotItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held talks in Stockholm.
            At the talks, the two leaders announced that the 2019 Baltic Fisheries Declaration would be extended.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2019, declaration.Year);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }

    [Fact]
    public void ADocumentOfTheMeetingsYearStaysItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held talks in Stockholm on Tuesday.
            At the talks, the two leaders signed the 2024 Baltic Fisheries Declaration.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }

    [Fact]
    public void ADocumentOfAnotherYearIsNoProductOfAnUndatedMeetingItsSignerAttended()
    {
        // Kristersson is at the story's undated talks and signed the older document: the signer links it, the year unlinks it.
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held talks in Stockholm.
            The new charter borrows from the 2019 Baltic Fisheries Declaration, signed by Ulf Kristersson and Danish Prime Minister Mette Frederiksen.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Year == 2019);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }
}
