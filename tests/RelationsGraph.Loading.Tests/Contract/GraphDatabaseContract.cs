using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Querying;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Tests.Contract;

/// <summary>
/// What every IGraphDatabasePort must do, whichever database is behind it. Each check works on
/// nodes labelled Probe with its own run id, so it can run against a shared Neo4j too.
/// </summary>
public static class GraphDatabaseContract
{
    public static IEnumerable<object[]> Checks() => Catalog.Keys.Select(name => new object[] { name });

    public static Task RunAsync(string check, IGraphDatabasePort database) => Catalog[check](database, "run-" + Guid.NewGuid().ToString("N"));

    private static readonly Dictionary<string, Func<IGraphDatabasePort, string, Task>> Catalog = new()
    {
        ["scalars and collections come back as engine values"] = async (db, _) =>
        {
            var result = await db.RunAsync("RETURN 1 AS i, 2.5 AS f, 'x' AS s, true AS b, null AS z, [1, 'a'] AS l, {k: [true]} AS m");
            Assert.Equal(["i", "f", "s", "b", "z", "l", "m"], result.Columns);
            var row = Assert.Single(result.Rows);
            Assert.Equal(1L, row[0]);
            Assert.Equal(2.5, row[1]);
            Assert.Equal("x", row[2]);
            Assert.Equal(true, row[3]);
            Assert.Null(row[4]);
            Assert.Equal(new object?[] { 1L, "a" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[5]));
            var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[6]);
            Assert.Equal(new object?[] { true }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["k"]));
        },
        ["nodes, relationships and paths are materialised"] = async (db, run) =>
        {
            var result = await db.RunAsync(
                "CREATE p = (a:Probe {run: $run, name: 'a'})-[r:LINKS {w: 1}]->(b:Probe {run: $run, name: 'b'}) RETURN a, r, b, p",
                Parameters(run));
            var row = Assert.Single(result.Rows);
            var a = Assert.IsType<Node>(row[0]);
            var r = Assert.IsType<Relationship>(row[1]);
            var b = Assert.IsType<Node>(row[2]);
            Assert.Contains("Probe", a.Labels);
            Assert.Equal("a", a.Properties["name"]);
            Assert.Equal(("LINKS", a.ElementId, b.ElementId, (object?)1L), (r.Type, r.StartElementId, r.EndElementId, r.Properties["w"]));
            var path = Assert.IsType<CypherPath>(row[3]);
            Assert.Equal([a.ElementId, b.ElementId], path.Nodes.Select(n => n.ElementId));
            Assert.Equal(2, result.Statistics.NodesCreated);
            Assert.Equal(1, result.Statistics.RelationshipsCreated);

            var found = await db.RunAsync("MATCH (n) WHERE elementId(n) = $id RETURN n.name", new Dictionary<string, object?> { ["id"] = b.ElementId });
            Assert.Equal("b", Assert.Single(found.Rows)[0]);
            await CleanUp(db, run);
        },
        ["parameters carry any text verbatim"] = async (db, run) =>
        {
            const string hostile = "it's \"quoted\" \\ '}) DETACH DELETE n // \n ünïcödé";
            var parameters = Parameters(run, ("text", hostile), ("list", new List<object?> { "one", "two", "three" }),
                ("map", new Dictionary<string, object?> { ["k"] = 0.5 }));
            await db.RunAsync("CREATE (:Probe {run: $run, text: $text, list: $list, k: $map.k})", parameters, new QueryOptions());
            var result = await db.RunAsync("MATCH (n:Probe {run: $run}) RETURN n.text, n.k, size(n.list)", Parameters(run));
            Assert.Equal(new object?[] { hostile, 0.5, 3L }, Assert.Single(result.Rows));
            await CleanUp(db, run);
        },
        ["EXPLAIN returns the plan alone and PROFILE the rows with a measured plan"] = async (db, run) =>
        {
            await db.RunAsync("CREATE (:Probe {run: $run, name: 'a'}), (:Probe {run: $run, name: 'b'})", Parameters(run));
            const string query = "MATCH (n:Probe) WHERE n.run = $run RETURN n.name AS name ORDER BY name";
            var explained = await db.RunAsync("EXPLAIN " + query, Parameters(run));
            Assert.Empty(explained.Rows);
            var plan = Assert.IsType<QueryPlan>(explained.Plan);
            Assert.Equal("ProduceResults", plan.Operator);
            Assert.False(plan.Profiled);
            Assert.Contains(plan.Flatten(), step => step.Operator.Contains("Scan") || step.Operator.Contains("Seek"));

            var profiled = await db.RunAsync("PROFILE " + query, Parameters(run));
            Assert.Equal(["a", "b"], profiled.Rows.Select(row => row[0]));
            var measured = Assert.IsType<QueryPlan>(profiled.Plan);
            Assert.True(measured.Profiled);
            Assert.Equal(2, measured.Rows);
            Assert.True(measured.TotalDbHits > 0);
            await CleanUp(db, run);
        },
        ["schema statements can run again"] = async (db, _) =>
        {
            foreach (var statement in CypherCatalog.Statements("schema")) await db.RunAsync(statement);
            foreach (var statement in CypherCatalog.Statements("schema")) await db.RunAsync(statement);
        },
        ["merge on a constrained key does not duplicate"] = async (db, run) =>
        {
            foreach (var statement in CypherCatalog.Statements("schema")) await db.RunAsync(statement);
            var ids = new Dictionary<string, object?> { ["id"] = "person:" + run, ["article"] = "article:" + run };
            await db.RunAsync("CREATE (:Article {id: $article})", ids);
            var batch = new Dictionary<string, object?>
            {
                ["batch"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["article"] = ids["article"], ["id"] = ids["id"], ["name"] = "Probe Person", ["count"] = 2L,
                        ["aliases"] = new List<object?> { "Probe Person", "Mr Probe" }, ["roles"] = new List<object?>() },
                },
            };
            await db.RunAsync(CypherCatalog.Get("load/merge-person"), batch);
            await db.RunAsync(CypherCatalog.Get("load/merge-person"), batch);
            var result = await db.RunAsync(
                "MATCH (p:Person {id: $id}) OPTIONAL MATCH (:Article {id: $article})-[m:MENTIONS]->(p) RETURN count(p), p.aliases, collect(m.count)", ids);
            var row = Assert.Single(result.Rows);
            Assert.Equal(1L, row[0]);
            Assert.Equal(new object?[] { "Probe Person", "Mr Probe" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[1]));
            Assert.Equal(new object?[] { 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[2]));
            await db.RunAsync("MATCH (n) WHERE n.id IN [$id, $article] DETACH DELETE n", ids);
        },
        ["a transaction applies all of its statements or none"] = async (db, run) =>
        {
            var results = await db.RunInTransactionAsync([
                ("CREATE (:Probe {run: $run, step: 1})", Parameters(run)),
                ("MATCH (n:Probe {run: $run}) RETURN count(n) AS seen", Parameters(run)),
            ]);
            Assert.Equal(1L, results[1].Rows[0][0]); // statements see the earlier writes of their transaction

            await Assert.ThrowsAsync<CypherException>(() => db.RunInTransactionAsync([
                ("CREATE (:Probe {run: $run, step: 2})", Parameters(run)),
                ("RETURN 1 / 0 AS boom", null),
            ]));
            var steps = await db.RunAsync("MATCH (n:Probe {run: $run}) RETURN n.step ORDER BY n.step", Parameters(run));
            Assert.Equal([1L], steps.Rows.Select(r => r[0]));
            await CleanUp(db, run);
        },
        ["a syntax error says where"] = async (db, _) =>
        {
            var error = await Assert.ThrowsAsync<CypherException>(() => db.RunAsync("MATCH (n)\nRETRN n"));
            Assert.Equal("SyntaxError", error.ErrorClass);
            Assert.Equal(2, error.Line);
            Assert.NotNull(error.Column);
        },
        ["a read-only query refuses to write"] = async (db, run) =>
        {
            await Assert.ThrowsAsync<CypherException>(() =>
                db.RunAsync("CREATE (:Probe {run: $run})", Parameters(run), new QueryOptions { ReadOnly = true }));
            var count = await db.RunAsync("MATCH (n:Probe {run: $run}) RETURN count(n)", Parameters(run));
            Assert.Equal(0L, count.Rows[0][0]);
        },
        ["a property holds no mixed or null-holding list and no map"] = async (db, run) =>
        {
            // Neo4j stores homogeneous lists of non-null values only, and no map as a property value.
            foreach (var (name, value) in new (string, object?)[]
            {
                ("mixed", new List<object?> { 1L, "two" }),
                ("holding null", new List<object?> { "one", null }),
                ("a map", new Dictionary<string, object?> { ["k"] = 1L }),
            })
            {
                var error = await Assert.ThrowsAsync<CypherException>(() =>
                    db.RunAsync("CREATE (:Probe {run: $run, value: $value})", Parameters(run, ("value", value))));
                Assert.True(error.ErrorClass == "TypeError", $"{name}: {error.ErrorClass} {error.Message}");
            }
            await Assert.ThrowsAsync<CypherException>(() => db.RunAsync("CREATE (n:Probe {run: $run}) SET n.value = [1, 'two']", Parameters(run)));
            var count = await db.RunAsync("MATCH (n:Probe {run: $run}) RETURN count(n)", Parameters(run));
            Assert.Equal(0L, count.Rows[0][0]);
            await db.RunAsync("CREATE (:Probe {run: $run, empty: [], whole: [1, 2], words: ['a', 'b']})", Parameters(run));
            await CleanUp(db, run);
        },
        ["shortestPath from a node to itself is an error unless the pattern allows length 0"] = async (db, run) =>
        {
            await db.RunAsync("CREATE (a:Probe {run: $run, name: 'a'})-[:LINKS]->(:Probe {run: $run, name: 'b'})", Parameters(run));
            var error = await Assert.ThrowsAsync<CypherException>(() => db.RunAsync(
                "MATCH (a:Probe {run: $run, name: 'a'}) MATCH p = shortestPath((a)-[*]-(a)) RETURN length(p)", Parameters(run)));
            Assert.Contains("start and end", error.Message);
            var zero = await db.RunAsync("MATCH (a:Probe {run: $run, name: 'a'}) MATCH p = shortestPath((a)-[*0..]-(a)) RETURN length(p)", Parameters(run));
            Assert.Equal(0L, Assert.Single(zero.Rows)[0]);
            await CleanUp(db, run);
        },
        ["the row cap and the time limit bound a read"] = async (db, _) =>
        {
            var capped = await db.RunAsync("UNWIND range(1, 50) AS x RETURN x ORDER BY x", options: new QueryOptions { ReadOnly = true, MaxRows = 5 });
            Assert.Equal([1L, 2L, 3L, 4L, 5L], capped.Rows.Select(r => r[0]));
            Assert.True(capped.Truncated);
            var whole = await db.RunAsync("UNWIND range(1, 5) AS x RETURN x", options: new QueryOptions { ReadOnly = true, MaxRows = 5 });
            Assert.False(whole.Truncated);
            var error = await Assert.ThrowsAsync<CypherException>(() => db.RunAsync(
                "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*)",
                options: new QueryOptions { ReadOnly = true, Timeout = TimeSpan.FromMilliseconds(300) }));
            Assert.Equal("Timeout", error.ErrorClass);
        },
        ["the schema's full-text index finds a misspelt alias, best match first"] = async (db, run) =>
        {
            foreach (var statement in CypherCatalog.Statements("schema")) await db.RunAsync(statement);
            await db.RunAsync("""
                CREATE (:Person:Probe {run: $run, id: $run + '-1', name: 'Zephyrine Quillfeather', aliases: ['Madame Quillfeather']}),
                       (:Person:Probe {run: $run, id: $run + '-2', name: 'Zephyrine Oakes'})
                """, Parameters(run));
            var found = await db.RunAsync(CypherCatalog.Get("queries/search"),
                Parameters(run, ("query", FullTextSearchQuery.FromText("madam quilfeather")), ("limit", 50L)),
                new QueryOptions { ReadOnly = true });
            var ours = found.Rows.Select(r => Assert.IsType<Node>(r[0])).Where(n => Equals(n.Properties["run"], run)).ToList();
            Assert.Equal("Zephyrine Quillfeather", ours[0].Properties["name"]);
            var error = await Assert.ThrowsAsync<CypherException>(() => db.RunAsync(
                "CALL db.index.fulltext.queryNodes('entity_names', 'quillfeather AND') YIELD node RETURN node"));
            Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
            await CleanUp(db, run);
        },
        ["a missing parameter is an error"] = async (db, _) =>
        {
            var error = await Assert.ThrowsAsync<CypherException>(() => db.RunAsync("RETURN $absent"));
            Assert.Equal("ParameterMissing", error.ErrorClass);
        },
    };

    private static Dictionary<string, object?> Parameters(string run, params (string Name, object? Value)[] more)
    {
        var parameters = new Dictionary<string, object?> { ["run"] = run };
        foreach (var (name, value) in more) parameters[name] = value;
        return parameters;
    }

    private static Task CleanUp(IGraphDatabasePort db, string run) =>
        db.RunAsync("MATCH (n:Probe {run: $run}) DETACH DELETE n", Parameters(run));
}
