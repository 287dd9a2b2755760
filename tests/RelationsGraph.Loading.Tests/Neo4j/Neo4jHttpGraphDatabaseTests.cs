using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Values.Temporal;
using RelationsGraph.Loading.Database.Neo4j;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Tests.Neo4j;

// Responses below follow the shapes Neo4j 5.26+ returns from /db/{db}/query/v2 with typed JSON,
// errors included: an errors array in a 202 answer (only 401 has its own status).
public sealed class Neo4jHttpGraphDatabaseTests : IDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly Neo4jHttpGraphDatabase _database;

    public Neo4jHttpGraphDatabaseTests()
    {
        _database = new Neo4jHttpGraphDatabase(new Neo4jConnection(_server.BaseUri, "neo4j", "secret", "graph"))
        {
            StartupWait = TimeSpan.FromMilliseconds(300),
            Retry = new Neo4jRetry(attempts: 3, firstDelay: TimeSpan.FromMilliseconds(1)),
        };
    }

    public void Dispose()
    {
        _database.DisposeAsync().AsTask().Wait();
        _server.Dispose();
    }

    [Fact]
    public async Task Sends_the_statement_with_typed_parameters_basic_auth_and_the_typed_media_type()
    {
        _server.Respond(202, """{"data":{"fields":["x"],"values":[]},"bookmarks":[]}""");

        await _database.RunAsync("RETURN $x", new Dictionary<string, object?>
        {
            ["x"] = 42L,
            ["text"] = "it's \"quoted\" \\ '}) DETACH DELETE n //",
            ["list"] = new List<object?> { 1.5, true, null },
            ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
        });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/graph/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret"u8.ToArray()), request.Headers["Authorization"]);
        Assert.StartsWith("application/vnd.neo4j.query", request.Headers["Content-Type"]);
        Assert.Contains("application/vnd.neo4j.query", request.Headers["Accept"]);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("RETURN $x", root.GetProperty("statement").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.Equal("Integer", parameters.GetProperty("x").GetProperty("$type").GetString());
        Assert.Equal("42", parameters.GetProperty("x").GetProperty("_value").GetString());
        Assert.Equal("it's \"quoted\" \\ '}) DETACH DELETE n //", parameters.GetProperty("text").GetProperty("_value").GetString());
        var list = parameters.GetProperty("list").GetProperty("_value");
        Assert.Equal(["Float", "Boolean", "Null"], list.EnumerateArray().Select(e => e.GetProperty("$type").GetString()));
        Assert.Equal("v", parameters.GetProperty("map").GetProperty("_value").GetProperty("k").GetProperty("_value").GetString());
        Assert.True(root.GetProperty("includeCounters").GetBoolean());
    }

    [Fact]
    public async Task Maps_typed_values_onto_the_engine_result_model()
    {
        _server.Respond(202, """
            {"data":{"fields":["n","r","p","i","f","s","b","z","l","m"],"values":[[
              {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{"name":{"$type":"String","_value":"Lee Jae Myung"},"aliases":{"$type":"List","_value":[{"$type":"String","_value":"Mr Lee"}]}}}},
              {"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"ATTENDED","_properties":{"role":{"$type":"String","_value":"guest"}}}},
              {"$type":"Path","_value":[
                {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{}}},
                {"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"ATTENDED","_properties":{}}},
                {"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Meeting"],"_properties":{}}}]},
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"Float","_value":"0.25"},
              {"$type":"String","_value":"text"},
              {"$type":"Boolean","_value":true},
              {"$type":"Null","_value":null},
              {"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"two"}]},
              {"$type":"Map","_value":{"a":{"$type":"Integer","_value":"1"}}}
            ]]},
            "counters":{"containsUpdates":true,"nodesCreated":2,"nodesDeleted":0,"propertiesSet":3,"relationshipsCreated":1,"relationshipsDeleted":0,"labelsAdded":2,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
            "bookmarks":["FB:kcwQ"]}
            """);

        var result = await _database.RunAsync("MATCH p = (n)-[r]->() RETURN ...");

        Assert.Equal(["n", "r", "p", "i", "f", "s", "b", "z", "l", "m"], result.Columns);
        var row = Assert.Single(result.Rows);
        var node = Assert.IsType<Node>(row[0]);
        Assert.Equal("4:db:1", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Lee Jae Myung", node.Properties["name"]);
        Assert.Equal(new List<object?> { "Mr Lee" }, node.Properties["aliases"]);
        var relationship = Assert.IsType<Relationship>(row[1]);
        Assert.Equal(("ATTENDED", "4:db:1", "4:db:2", "guest"),
            (relationship.Type, relationship.StartElementId, relationship.EndElementId, relationship.Properties["role"]));
        var path = Assert.IsType<CypherPath>(row[2]);
        Assert.Equal(["4:db:1", "4:db:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("5:db:7", Assert.Single(path.Relationships).ElementId);
        Assert.Equal(9007199254740993L, row[3]);
        Assert.Equal(0.25, row[4]);
        Assert.Equal("text", row[5]);
        Assert.Equal(true, row[6]);
        Assert.Null(row[7]);
        Assert.Equal(new List<object?> { 1L, "two" }, row[8]);
        Assert.Equal(1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[9])["a"]);
        Assert.Equal((2, 1, 3, 2), (result.Statistics.NodesCreated, result.Statistics.RelationshipsCreated,
            result.Statistics.PropertiesSet, result.Statistics.LabelsAdded));
    }

    [Fact]
    public async Task Temporal_values_map_onto_the_engine_temporal_types_both_ways()
    {
        _server.Respond(202, """
            {"data":{"fields":["d","dt","z","dur"],"values":[[
              {"$type":"Date","_value":"2026-01-13"},
              {"$type":"OffsetDateTime","_value":"2026-01-13T10:30:00+09:00"},
              {"$type":"ZonedDateTime","_value":"2026-01-13T10:30:00+09:00[Asia/Tokyo]"},
              {"$type":"Duration","_value":"P1DT2H"}]]}}
            """);

        var result = await _database.RunAsync("RETURN ...", new Dictionary<string, object?> { ["when"] = TemporalValue.Parse("Date", "2026-01-13") });

        var row = Assert.Single(result.Rows);
        Assert.Equal(["Date", "DateTime", "DateTime", "Duration"], row.Select(v => Assert.IsAssignableFrom<TemporalValue>(v).Kind));
        Assert.Equal("2026-01-13", row[0]!.ToString());
        using var body = JsonDocument.Parse(Assert.Single(_server.Requests).Body);
        var when = body.RootElement.GetProperty("parameters").GetProperty("when");
        Assert.Equal(("Date", "2026-01-13"), (when.GetProperty("$type").GetString(), when.GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task A_syntax_error_becomes_a_CypherException_with_its_position()
    {
        _server.Respond(202, """
            {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN': expected 'RETURN' (line 2, column 1 (offset: 9))\n\"RETRN n\"\n ^"}]}
            """);

        var error = await Assert.ThrowsAsync<CypherException>(() => _database.RunAsync("MATCH (n)\nRETRN n"));

        Assert.Equal("SyntaxError", error.ErrorClass);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Equal((2, 1, 9), (error.Line, error.Column, error.Offset));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Invalid input 'RETRN': expected 'RETURN' (line 2, column 1 (offset: 9))\n\"RETRN n\"\n ^",
            error.Describe("MATCH (n)\nRETRN n"));
    }

    [Fact]
    public async Task An_unknown_Neo4j_error_keeps_its_code()
    {
        _server.Respond(202, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist."}]}""");

        var error = await Assert.ThrowsAsync<CypherException>(() => _database.RunAsync("RETURN 1"));

        Assert.Equal("Neo4jError", error.ErrorClass);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Equal("Database does not exist.", error.Message);
    }

    [Fact]
    public async Task A_constraint_violation_maps_onto_the_engine_error_class()
    {
        _server.Respond(202, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(1) already exists with label `Person` and property `id` = 'x'"}]}""");

        var error = await Assert.ThrowsAsync<CypherException>(() => _database.RunAsync("CREATE (:Person {id: 'x'})"));

        Assert.Equal("ConstraintValidationFailed", error.ErrorClass);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }

    [Fact]
    public async Task Refused_credentials_say_which_settings_to_fix()
    {
        _server.Respond(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""");

        var error = await Assert.ThrowsAsync<CypherException>(() => _database.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("NEO4J_PASSWORD", error.Message);
    }

    [Fact]
    public async Task A_read_only_query_asks_for_read_access_and_max_rows_truncates()
    {
        _server.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}]]}}""");

        var result = await _database.RunAsync("UNWIND [1, 2] AS x RETURN x", options: new QueryOptions { ReadOnly = true, MaxRows = 1 });

        using var body = JsonDocument.Parse(Assert.Single(_server.Requests).Body);
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        // The cap is applied by Neo4j too: the statement is sent wrapped in a LIMIT of one more row.
        Assert.Equal("CALL () {\nUNWIND [1, 2] AS x RETURN x\n}\nRETURN * LIMIT 2", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task A_transaction_opens_runs_each_statement_and_commits_with_the_server_affinity()
    {
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx42","expires":"2026-11-21T14:00:00Z"}}""", ("neo4j-cluster-affinity", "MQ=="));
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":1},"transaction":{"id":"tx42"}}""");
        _server.Respond(202, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"transaction":{"id":"tx42"}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:x"]}""");

        var results = await _database.RunInTransactionAsync([("CREATE (:Probe)", null), ("MATCH (n:Probe) RETURN count(n) AS n", null)]);

        Assert.Equal(1, results[0].Statistics.NodesCreated);
        Assert.Equal(1L, results[1].Rows[0][0]);
        Assert.Equal(
            ["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx42", "POST /db/graph/query/v2/tx/tx42", "POST /db/graph/query/v2/tx/tx42/commit"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(_server.Requests.Skip(1), r => Assert.Equal("MQ==", r.Headers["neo4j-cluster-affinity"]));
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_reports_the_error()
    {
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx7"}}""");
        _server.Respond(400, """{"errors":[{"code":"Neo.ClientError.Statement.TypeError","message":"Cannot add a String and a Map"}]}""");
        _server.Respond(200, "{}");

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            _database.RunInTransactionAsync([("RETURN 'a' + {b: 1}", null), ("CREATE (:Never)", null)]));

        Assert.Equal("TypeError", error.ErrorClass);
        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx7", "DELETE /db/graph/query/v2/tx/tx7"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task An_unreachable_server_is_a_clear_error()
    {
        var port = _server.Port;
        _server.Dispose();
        await using var database = new Neo4jHttpGraphDatabase(new Neo4jConnection(new Uri($"http://127.0.0.1:{port}"), "neo4j", null, "neo4j"))
        {
            StartupWait = TimeSpan.FromMilliseconds(300),
            Retry = new Neo4jRetry(attempts: 2, firstDelay: TimeSpan.FromMilliseconds(1)),
        };

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1"));

        Assert.Contains("Cannot reach Neo4j", error.Message);
    }
}
