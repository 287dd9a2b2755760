using global::Lucene.Net.Analysis;
using global::Lucene.Net.Analysis.Core;
using global::Lucene.Net.Analysis.En;
using global::Lucene.Net.Analysis.Standard;
using global::Lucene.Net.Analysis.Util;
using global::Lucene.Net.Util;

namespace RelationsGraph.Cypher.Storage.FullText.Lucene;

/// <summary>Neo4j's analyzer names mapped to Lucene analyzers.</summary>
internal static class LuceneAnalyzers
{
    public static Analyzer Create(string name, LuceneVersion version)
    {
        Analyzer analyzer = name switch
        {
            FullTextSchema.DefaultAnalyzer => new StandardAnalyzer(version, CharArraySet.Empty),
            "standard" => new StandardAnalyzer(version),
            "english" => new EnglishAnalyzer(version),
            "simple" => new SimpleAnalyzer(version),
            "whitespace" => new WhitespaceAnalyzer(version),
            "keyword" => new KeywordAnalyzer(),
            "stop" => new StopAnalyzer(version),
            _ => throw FullTextErrors.UnknownAnalyzer(name),
        };
        return new ElementGapAnalyzer(analyzer);
    }

    /// <summary>
    /// Leaves a wide gap between the values of one field (the elements of a list), so a phrase query never
    /// matches across two aliases.
    /// </summary>
    private sealed class ElementGapAnalyzer(Analyzer inner) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

        public override int GetPositionIncrementGap(string fieldName) => 100;

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
