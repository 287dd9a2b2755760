namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>
/// One full-text index as the store sees it: documents, each one version of an entity's text (a list of
/// (property, text) values) under a key of its own, and ranked search over the versions a caller accepts.
/// The engine knows only this port; Lucene/ is its one adapter.
/// </summary>
internal interface IFullTextIndex : IDisposable
{
    /// <summary>Adds one version of the entity's text under key; false when the index refuses the text (it is left out).</summary>
    bool Add(long key, long entityId, IReadOnlyList<KeyValuePair<string, string>> values);

    /// <summary>Deletes the version stored under key.</summary>
    void Delete(long key);

    /// <summary>Makes the changes so far visible to Search (searches already running keep what they had).</summary>
    void Refresh();

    /// <summary>
    /// The best matches among the versions accept takes (by key), best first; a query the syntax rejects
    /// throws <see cref="FullTextQueryException"/>. Safe beside Add, Delete and Refresh on other threads.
    /// </summary>
    IReadOnlyList<FullTextHit> Search(string query, int limit, Func<long, bool> accept);
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
