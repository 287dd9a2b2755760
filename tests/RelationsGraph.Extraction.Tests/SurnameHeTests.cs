namespace RelationsGraph.Extraction.Tests;

/// <summary>"Vice Premier He Wenlan": a capitalised "He" inside a sentence, before another capitalised word, is a surname.</summary>
public class SurnameHeTests
{
    [Fact]
    public void CapitalisedHeInsideASentenceIsTheSurname()
    {
        var d = TestArticles.Extract("date 2024-06-02 Vice Premier He Wenlan met the visiting trade minister in Beijing on Sunday. He said the talks were useful.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "He Wenlan");
    }
}
