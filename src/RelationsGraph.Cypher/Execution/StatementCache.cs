using System.Collections.Concurrent;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Parsed and analysed statements by query text, so repeated queries (lookups, batched loads) skip
/// the front end. The AST is immutable; a read statement also keeps its last plan (see PlanCache), which
/// reads parameters from each run and is made again when the reader's schema differs.
/// A cached statement is still held to the options of each run (length and nesting limits).
/// </summary>
internal sealed class StatementCache
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    public PreparedStatement Get(string text, QueryOptions options, CancellationToken cancellation)
    {
        if (statements.TryGetValue(text, out var prepared))
        {
            prepared.EnsureWithinLimits(options);
            return prepared;
        }
        prepared = PreparedStatement.Prepare(text, options, cancellation);
        if (statements.Count >= Capacity) statements.Clear(); // crude, but bounded and rarely hit
        statements[text] = prepared;
        return prepared;
    }
}
