using System.Collections.Concurrent;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Parsed and analysed statements by query text, so repeated queries (lookups, batched loads) skip
/// the front end. The AST is immutable; plans are not cached since they depend on parameters and indexes.
/// </summary>
internal sealed class StatementCache
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    public PreparedStatement Get(string text)
    {
        if (statements.TryGetValue(text, out var prepared)) return prepared;
        prepared = PreparedStatement.Prepare(text);
        if (statements.Count >= Capacity) statements.Clear(); // crude, but bounded and rarely hit
        statements[text] = prepared;
        return prepared;
    }
}
