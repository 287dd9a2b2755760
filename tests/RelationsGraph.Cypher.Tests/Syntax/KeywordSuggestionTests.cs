using RelationsGraph.Cypher.Syntax.Parsing;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class KeywordSuggestionTests
{
    [Theory]
    [InlineData("RETRUN", "RETURN")]
    [InlineData("retrun", "RETURN")]
    [InlineData("MERG", "MERGE")]
    [InlineData("OPTINAL", "OPTIONAL")]
    [InlineData("UNWND", "UNWIND")]
    public void CloseMisspellings(string word, string expected) => Assert.Equal(expected, KeywordSuggestion.For(word));

    [Theory]
    [InlineData("RETURN")]
    [InlineData("banana")]
    [InlineData("xy")]
    [InlineData("n")]
    public void NoSuggestionForKeywordsOrUnrelatedWords(string word) => Assert.Null(KeywordSuggestion.For(word));
}
