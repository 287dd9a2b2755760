namespace RelationsGraph.Cypher;

// CONTRACT (implemented by Execution/): the engine's front door, used by the TCK runner, the loader and the web host.

/// <summary>An embedded graph database: in memory, or durable in a data directory.</summary>
public sealed partial class GraphDatabase : IDisposable
{
    /// <summary>Opens (creating or recovering) the database kept in directory.</summary>
    public static GraphDatabase Open(string directory) => OpenCore(directory, new Storage.GraphStoreOptions());

    /// <summary>Opens the database kept in directory read-only, or recovering a damaged log, as options say.</summary>
    public static GraphDatabase Open(string directory, Storage.GraphStoreOptions options) => OpenCore(directory, options);

    /// <summary>What opening with Recover dropped from a damaged log; null when nothing was.</summary>
    public string? RecoveryReport => RecoveryReportCore;

    /// <summary>A database that lives in memory only (tests, TCK).</summary>
    public static GraphDatabase CreateInMemory() => OpenCore(null, null);

    /// <summary>Runs one auto-commit statement: it applies whole or not at all.</summary>
    public QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null, CancellationToken cancellationToken = default)
        => ExecuteCore(query, parameters, options ?? QueryOptions.Default, cancellationToken);

    /// <summary>Starts an explicit transaction; statements run in it see each other's writes.</summary>
    public Transaction BeginTransaction(CancellationToken cancellationToken = default) => BeginTransactionCore(cancellationToken);
}

/// <summary>An explicit transaction: Commit makes its statements durable, Rollback (or Dispose) undoes them.</summary>
public abstract class Transaction : IDisposable
{
    public abstract QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null, CancellationToken cancellationToken = default);
    public abstract void Commit();
    public abstract void Rollback();
    public abstract void Dispose();
}
