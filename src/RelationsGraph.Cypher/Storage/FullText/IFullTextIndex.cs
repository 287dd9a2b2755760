namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>
/// One full-text index as the store sees it: documents keyed by entity id, each a list of (property, text)
/// values, and ranked search. The engine knows only this port; Lucene/ is its one adapter.
/// </summary>
internal interface IFullTextIndex : IDisposable
{
    /// <summary>Replaces whatever the index holds for the entity with these values.</summary>
    void Put(long id, IReadOnlyList<KeyValuePair<string, string>> values);

    void Delete(long id);

    /// <summary>Makes the changes so far visible to Search.</summary>
    void Refresh();

    /// <summary>The best matches, best first; a query the syntax rejects throws <see cref="FullTextQueryException"/>.</summary>
    IReadOnlyList<FullTextHit> Search(string query, int limit);
}

internal readonly record struct FullTextHit(long Id, double Score);

/// <summary>A query string the full-text syntax rejects; the message is the query parser's own.</summary>
internal sealed class FullTextQueryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The analyzers a full-text index may name (Neo4j's names); Lucene/ builds each.</summary>
public static class FullTextAnalyzers
{
    public static readonly IReadOnlyList<string> Names =
        [FullTextSchema.DefaultAnalyzer, "standard", "english", "simple", "whitespace", "keyword", "stop"];
}
