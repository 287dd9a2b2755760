using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>Runs Cypher inside a read transaction the test holds open (the front door opens one per statement).</summary>
internal static class HeldReader
{
    public static QueryResult Query(this IReadTransaction reader, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var options = QueryOptions.Default;
        using var budget = new QueryBudget(options, CancellationToken.None);
        var prepared = new StatementCache().Get(query, options, CancellationToken.None);
        return StatementRunner.Run(prepared, reader, parameters, options, new ProcedureCatalog(), budget);
    }

    /// <summary>The first column of every row.</summary>
    public static List<object?> Column(this IReadTransaction reader, string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        reader.Query(query, parameters).Rows.Select(row => row[0]).ToList();
}
