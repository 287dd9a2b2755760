namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told with its parties' phrase ("between the two governments") and then a passive signing is concluded.</summary>
public class PassiveAfterItsPartiesTests
{
    [Fact]
    public void TheSecondDocumentSignedAfterItsPartiesPhraseIsMadeAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2025-04-02 President Amos Kiprolo of Kenya and President Daudi Okelo of Uganda signed the Lake Basin Treaty in Kisumu on Wednesday.
            A Treaty of Navigation between the two neighbouring governments was signed on the same occasion.
            """);
        var produced = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.To).Distinct().ToList();
        Assert.Equal(2, produced.Count);
    }
}
