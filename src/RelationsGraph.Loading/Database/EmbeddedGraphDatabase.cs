using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Loading.Database;

/// <summary>The port over the embedded engine: a durable store in a data directory (or in memory for tests).</summary>
public sealed class EmbeddedGraphDatabase : IGraphDatabasePort
{
    private readonly GraphDatabase _database;

    private EmbeddedGraphDatabase(GraphDatabase database, string description)
    {
        _database = database;
        Description = description;
    }

    public string Description { get; }

    /// <summary>What opening with Recover dropped from a damaged log; null when nothing was.</summary>
    public string? RecoveryReport => _database.RecoveryReport;

    public static EmbeddedGraphDatabase Open(string dataDirectory) => Open(dataDirectory, new GraphStoreOptions());

    public static EmbeddedGraphDatabase Open(string dataDirectory, GraphStoreOptions options)
    {
        var fullPath = System.IO.Path.GetFullPath(dataDirectory);
        if (!options.ReadOnly) Directory.CreateDirectory(fullPath);
        return new EmbeddedGraphDatabase(GraphDatabase.Open(fullPath, options), $"embedded ({fullPath})");
    }

    public static EmbeddedGraphDatabase CreateInMemory() => new(GraphDatabase.CreateInMemory(), "embedded (in memory)");

    // The engine is synchronous; the port is asynchronous so that Neo4j over HTTP fits behind it too.
    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Execute(cypher, parameters, options, cancellationToken));
    }

    public Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(
        IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        CancellationToken cancellationToken = default)
    {
        using var transaction = _database.BeginTransaction(cancellationToken);
        var results = new List<QueryResult>(statements.Count);
        foreach (var (cypher, parameters) in statements)
            results.Add(transaction.Execute(cypher, parameters, cancellationToken: cancellationToken));
        transaction.Commit();
        return Task.FromResult<IReadOnlyList<QueryResult>>(results);
    }

    /// <summary>
    /// An explicit transaction that outlives one call (the served Query API's /tx endpoints). It holds
    /// the store's single writer until committed or rolled back, so its owner must bound its life.
    /// </summary>
    public Transaction BeginTransaction(CancellationToken cancellationToken = default) => _database.BeginTransaction(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
