namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>Helpers shared by the end-to-end engine tests: one fresh in-memory database per test.</summary>
public abstract class QueryTestBase : IDisposable
{
    protected GraphDatabase Db { get; } = GraphDatabase.CreateInMemory();

    protected QueryResult Run(string query, object? parameters = null) =>
        Db.Execute(query, parameters as IReadOnlyDictionary<string, object?>);

    /// <summary>The single column of every row.</summary>
    protected List<object?> Column(string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        Db.Execute(query, parameters).Rows.Select(row => row[0]).ToList();

    protected object? Scalar(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var rows = Db.Execute(query, parameters).Rows;
        Assert.Single(rows);
        return rows[0][0];
    }

    public void Dispose()
    {
        Db.Dispose();
        GC.SuppressFinalize(this);
    }
}
