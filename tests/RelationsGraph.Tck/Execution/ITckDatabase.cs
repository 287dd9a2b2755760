using RelationsGraph.Cypher;

namespace RelationsGraph.Tck.Execution;

/// <summary>What a scenario needs of a database; the seam lets the runner be tested without the engine.</summary>
public interface ITckDatabase : IDisposable
{
    QueryResult Execute(string query, IReadOnlyDictionary<string, object?> parameters, QueryOptions options, CancellationToken cancellation);

    /// <summary>Defines a test procedure, e.g. "test.my.proc(in :: INTEGER?) :: (out :: INTEGER?)", answering from rows keyed by field name.</summary>
    void RegisterProcedure(string signature, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows);
}

/// <summary>The embedded engine, fresh and in memory.</summary>
public sealed class EngineTckDatabase : ITckDatabase
{
    private readonly GraphDatabase _database = GraphDatabase.CreateInMemory();

    public QueryResult Execute(string query, IReadOnlyDictionary<string, object?> parameters, QueryOptions options, CancellationToken cancellation)
        => _database.Execute(query, parameters, options, cancellation);

    public void RegisterProcedure(string signature, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
        => _database.RegisterProcedure(signature, rows);

    public void Dispose() => _database.Dispose();
}
