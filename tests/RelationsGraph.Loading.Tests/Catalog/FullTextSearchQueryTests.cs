using RelationsGraph.Loading.Querying;

namespace RelationsGraph.Loading.Tests.Catalog;

public sealed class FullTextSearchQueryTests
{
    [Fact]
    public void Each_word_matches_exactly_as_a_prefix_or_misspelt_by_its_length()
    {
        Assert.Equal("(lee^4 OR lee*^2) (holt^4 OR holt*^2 OR holt~1) (castavia^4 OR castavia*^2 OR castavia~2)",
            FullTextSearchQuery.FromText("Lee  HOLT, Castavia"));
    }

    [Fact]
    public void Lucene_syntax_typed_by_a_user_is_only_words()
    {
        Assert.Equal("(a^4 OR a*^2) (b^4 OR b*^2) (and^4 OR and*^2)", FullTextSearchQuery.FromText("a:b* AND \"~"));
        Assert.Null(FullTextSearchQuery.FromText(" *?:() "));
        Assert.Null(FullTextSearchQuery.FromText(null));
    }
}
