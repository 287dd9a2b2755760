using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher;

// Placeholder wiring, to be replaced by the executor: keeps the solution compiling meanwhile.
public sealed partial class GraphDatabase
{
    private static GraphDatabase OpenCore(string? directory) => throw new NotImplementedException();
    private QueryResult ExecuteCore(string query, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options, CancellationToken cancellationToken) => throw new NotImplementedException();
    private Transaction BeginTransactionCore(CancellationToken cancellationToken) => throw new NotImplementedException();
    public void Dispose() { }
}
