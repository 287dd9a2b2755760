using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// A read statement keeps its plan for the next run (PlanCache): parameters come from each run, and a change of
/// schema (an index made or dropped) makes the next run plan again.
/// </summary>
public sealed class PlanCacheTests
{
    private const string Lookup = "MATCH (c:City {code: $code}) RETURN c.name";

    [Fact]
    public void A_kept_plan_answers_each_run_with_its_own_parameters()
    {
        var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            foreach (var (code, name) in new[] { ("OSL", "Oslo"), ("BER", "Berlin"), ("LIS", "Lisbon") })
                tx.CreateNode(["City"], [new("code", code), new("name", name)]);
            tx.Commit();
        }
        var prepared = PreparedStatement.Prepare(Lookup, QueryOptions.Default, CancellationToken.None);

        Assert.Equal(["Berlin"], Run(store, prepared, "BER"));
        var kept = TakeKept(store, prepared);
        prepared.Plans.Return(kept);
        Assert.Equal(["Lisbon"], Run(store, prepared, "LIS"));
        Assert.Same(kept.Plan, TakeKept(store, prepared).Plan); // the second run used the kept plan
        Assert.Empty(Run(store, prepared, "XXX"));
    }

    [Fact]
    public void An_index_made_after_a_run_is_used_by_the_next()
    {
        var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["City"], [new("code", "OSL"), new("name", "Oslo")]);
            tx.Commit();
        }
        var prepared = PreparedStatement.Prepare(Lookup, QueryOptions.Default, CancellationToken.None);
        Assert.Equal(["Oslo"], Run(store, prepared, "OSL"));
        Assert.DoesNotContain(Operators(TakeKept(store, prepared).Plan.Root), op => op is NodeIndexSeekOperator);

        using (var tx = store.BeginWrite())
        {
            tx.CreateIndex(new IndexDescriptor("city_code", "City", ["code"]));
            tx.Commit();
        }
        Assert.Equal(["Oslo"], Run(store, prepared, "OSL"));
        Assert.Contains(Operators(TakeKept(store, prepared).Plan.Root), op => op is NodeIndexSeekOperator);
    }

    [Fact]
    public void A_parameter_missing_from_a_later_run_is_still_reported()
    {
        using var database = GraphDatabase.CreateInMemory();
        database.Execute("CREATE (:City {code: 'OSL', name: 'Oslo'})");
        Assert.Single(database.Execute(Lookup, new Dictionary<string, object?> { ["code"] = "OSL" }).Rows);
        var error = Assert.Throws<CypherException>(() => database.Execute(Lookup));
        Assert.Equal("MissingParameter", error.Detail);
    }

    private static List<object?> Run(IGraphStore store, PreparedStatement prepared, string code)
    {
        using var reader = store.BeginRead();
        using var budget = new QueryBudget(QueryOptions.Default, CancellationToken.None);
        var result = StatementRunner.Run(prepared, reader, new Dictionary<string, object?> { ["code"] = code }, QueryOptions.Default, new ProcedureCatalog(), budget);
        return result.Rows.Select(row => row[0]).ToList();
    }

    private static PlanCache.Kept TakeKept(IGraphStore store, PreparedStatement prepared)
    {
        using var reader = store.BeginRead();
        return Assert.IsType<PlanCache.Kept>(prepared.Plans.Take(reader.SchemaIdentity!));
    }

    private static IEnumerable<Operator> Operators(Operator root) => [root, .. root.Inputs.SelectMany(Operators)];
}
