namespace RelationsGraph.Extraction.Tests;

/// <summary>A preposition opening a sentence ("Alongside X, ...") is no first word of the name after it.</summary>
public class SentenceOpeningPrepositionTests
{
    [Fact]
    public void AlongsideOpeningTheSentenceIsNoPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-03-11 Talks opened on Monday in Kumbeni. Alongside Tarrow, Ada Penhallow said the talks went well.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Alongside"));
    }
}
