using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A word set all in capitals (a headline word, an acronym) against one in ordinary case.</summary>
public class WordCaseTests
{
    [Theory]
    [InlineData("HARBOUR", true)]
    [InlineData("U.N.", true)]
    [InlineData("OSLO-BASED", true)]
    [InlineData("Harbour", false)]
    [InlineData("McKAY", false)]
    [InlineData("2025", false)]
    [InlineData("--", false)]
    public void OnlyAWordWhoseLettersAreAllUpperCaseIsInCapitals(string word, bool expected) =>
        Assert.Equal(expected, WordCase.IsAllCapitals(word));
}
