using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database;

// CONTRACT: the one way the loader, the verbs and the web host talk to a graph database.
// Implemented by the embedded store and by Neo4j over its HTTP Query API; both return the
// engine's result model (RelationsGraph.Cypher.QueryResult) and fail with CypherException.

public interface IGraphDatabasePort : IAsyncDisposable
{
    /// <summary>"embedded" or "neo4j", with where it points, for logs and the page.</summary>
    string Description { get; }

    Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs several statements in one transaction: all apply or none.</summary>
    Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        CancellationToken cancellationToken = default);
}
