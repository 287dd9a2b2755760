using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Database.Neo4j;

namespace RelationsGraph.Loading.Tests.Neo4j;

/// <summary>
/// The findings of the review of the adapter against Neo4j's Query API documentation (issue 11),
/// each modelled on the fake server as Neo4j answers: versions, addresses, errors in 202 answers,
/// odd value shapes, transient errors, bookmarks, Bearer tokens, server-side limits.
/// </summary>
public sealed class Neo4jAdapterReviewTests : IDisposable
{
    private readonly FakeNeo4jServer _server = new();

    public void Dispose() => _server.Dispose();

    private Neo4jHttpGraphDatabase Connect(string? password = "secret", string? bearer = null) =>
        new(new Neo4jConnection(_server.BaseUri, "neo4j", password, "neo4j") { BearerToken = bearer })
        {
            StartupWait = TimeSpan.FromMilliseconds(300),
            Retry = new Neo4jRetry(attempts: 3, firstDelay: TimeSpan.FromMilliseconds(1)),
        };

    [Fact]
    public async Task A_server_older_than_5_26_is_refused_at_connect_with_a_clear_message()
    {
        _server.Neo4jVersion = "5.19.0";
        await using var database = Connect();

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1"));

        Assert.Contains("5.26", error.Message);
        Assert.Contains("5.19.0", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("5.26.0"), InlineData("5.27.1-aura"), InlineData("2025.06.0")]
    public async Task Servers_from_5_26_on_are_accepted_and_asked_once(string version)
    {
        _server.Neo4jVersion = version;
        _server.Respond(202, """{"data":{"fields":[],"values":[]}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]}}""");
        await using var database = Connect();

        await database.RunAsync("RETURN 1");
        await database.RunAsync("RETURN 1");

        Assert.Equal(1, _server.DiscoveryRequests);
    }

    [Fact]
    public async Task A_404_on_the_transaction_endpoint_names_the_version_needed()
    {
        _server.Neo4jVersion = null; // a server (or proxy) that publishes no version
        _server.Respond(404, "");
        await using var database = Connect();

        var error = await Assert.ThrowsAnyAsync<CypherException>(() => database.RunInTransactionAsync([("CREATE (:Probe)", null)]));

        Assert.Contains("5.26", error.Message);
        Assert.Contains("/query/v2/tx", error.Message);
    }

    [Theory]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("bolt+s://db.example.org:7687", "https://db.example.org/")]
    [InlineData("neo4j://localhost:7687", "http://localhost:7474/")]
    public void Aura_and_bolt_addresses_map_onto_the_https_or_http_server(string given, string expected)
    {
        Assert.Equal(expected, GraphDatabaseSettings.ParseNeo4jUri(given).AbsoluteUri);
    }

    [Fact]
    public async Task Errors_in_a_202_answer_with_data_fail_the_query_and_none_is_lost()
    {
        _server.Respond(202, """
            {"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},
             "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero (line 1, column 18 (offset: 17))\n\"UNWIND [1, 0] AS x RETURN 1 / x\"\n                  ^"},
                       {"code":"Neo.ClientError.Statement.TypeError","message":"a second problem"}]}
            """);
        await using var database = Connect();

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("UNWIND [1, 0] AS x RETURN 1 / x"));

        Assert.Equal("ArgumentError", error.ErrorClass);
        Assert.Equal((1, 18, 17), (error.Line, error.Column, error.Offset)); // positions of any error, not only syntax errors
        Assert.Contains("a second problem", error.Message);
    }

    [Theory]
    [InlineData("""{"$type":"Point","_value":{"srid":4326,"x":1.5,"y":2.5}}""")]
    [InlineData("""{"$type":"Integer","_value":{"high":0,"low":1}}""")]
    [InlineData("""{"$type":"Vector","_value":[1,2]}""")]
    [InlineData("""{"$type":"Node","_value":{"_labels":["Person"]}}""")]
    [InlineData("""42""")]
    public async Task An_unexpected_value_shape_is_a_Cypher_error_not_a_crash(string value)
    {
        _server.Respond(202, """{"data":{"fields":["v"],"values":[[""" + value + "]]}}");
        await using var database = Connect();

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => database.RunAsync("RETURN $v"));

        Assert.Contains("Neo4j", error.Message);
    }

    [Fact]
    public async Task A_point_as_WKT_text_is_read()
    {
        _server.Respond(202, """{"data":{"fields":["p"],"values":[[{"$type":"Point","_value":"SRID=4326;POINT (12.5 41.9)"}]]}}""");
        await using var database = Connect();

        var result = await database.RunAsync("RETURN point({longitude: 12.5, latitude: 41.9}) AS p");

        Assert.Equal("SRID=4326;POINT (12.5 41.9)", result.Rows[0][0]);
    }

    [Fact]
    public async Task An_HttpClient_time_limit_is_a_Cypher_error()
    {
        _server.RespondAfter(TimeSpan.FromSeconds(3), 202, """{"data":{"fields":[],"values":[]}}""");
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(400) };
        await using var database = new Neo4jHttpGraphDatabase(new Neo4jConnection(_server.BaseUri, "neo4j", "secret", "neo4j"), http)
        {
            StartupWait = TimeSpan.FromMilliseconds(300),
        };

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1"));

        Assert.Equal("Timeout", error.ErrorClass);
    }

    [Fact]
    public async Task A_transient_error_is_retried()
    {
        _server.Respond(202, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""");
        _server.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"7"}]]}}""");
        await using var database = Connect();

        var result = await database.RunAsync("RETURN 7 AS x");

        Assert.Equal(7L, result.Rows[0][0]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_transaction_that_expired_mid_ingest_is_run_again_from_its_begin()
    {
        _server.Respond(202, """{"transaction":{"id":"t1","expires":"2026-01-01T00:00:30Z"}}""");
        _server.Respond(404, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Transaction with id t1 not found"}]}""");
        _server.Respond(404, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"gone"}]}"""); // the rollback
        _server.Respond(202, """{"transaction":{"id":"t2","expires":"2026-01-01T00:00:30Z"}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":1},"transaction":{"id":"t2"}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:after-t2"]}""");
        await using var database = Connect();

        var results = await database.RunInTransactionAsync([("CREATE (:Probe)", null)]);

        Assert.Equal(1, results[0].Statistics.NodesCreated);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1",
                      "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t2", "POST /db/neo4j/query/v2/tx/t2/commit"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task The_bookmarks_of_a_commit_go_with_the_next_read()
    {
        _server.Respond(202, """{"transaction":{"id":"t1"}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"t1"}}""");
        _server.Respond(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:ingest-1"]}""");
        _server.Respond(202, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:ingest-1"]}""");
        await using var database = Connect();

        await database.RunInTransactionAsync([("CREATE (:Probe)", null)]);
        await database.RunAsync("MATCH (n:Probe) RETURN count(n) AS n");

        using var read = JsonDocument.Parse(_server.Requests[^1].Body);
        Assert.Equal(["FB:ingest-1"], read.RootElement.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_auth()
    {
        _server.Respond(202, """{"data":{"fields":[],"values":[]}}""");
        await using var database = Connect(password: "ignored", bearer: "sso-token");

        await database.RunAsync("RETURN 1");

        Assert.Equal("Bearer sso-token", Assert.Single(_server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task A_time_limit_is_sent_to_Neo4j_and_a_late_answer_rolls_the_transaction_back()
    {
        _server.Respond(202, """{"transaction":{"id":"slow"}}""");
        _server.RespondAfter(TimeSpan.FromSeconds(6), 202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"slow"}}""");
        _server.Respond(200, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");
        await using var database = Connect();

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            database.RunAsync("MATCH (a), (b), (c) RETURN count(*)", options: new QueryOptions { ReadOnly = true, Timeout = TimeSpan.FromMilliseconds(1500) }));

        Assert.Equal("Timeout", error.ErrorClass);
        await WaitUntil(() => Snapshot().Any(r => r.Method == "DELETE"));
        var requests = Snapshot();
        using var begin = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(1500, begin.RootElement.GetProperty("maxExecutionTime").GetInt64());
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/slow", "DELETE /db/neo4j/query/v2/tx/slow"],
            requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_server_without_subqueries_gets_capped_reads_as_written_after_the_first_refusal()
    {
        _server.Respond(202, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input '(': expected a procedure name (line 1, column 6 (offset: 5))"}]}""");
        _server.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        _server.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        await using var database = Connect();
        var capped = new QueryOptions { ReadOnly = true, MaxRows = 10 };

        await database.RunAsync("RETURN 1 AS x", options: capped);
        await database.RunAsync("RETURN 1 AS x", options: capped);

        var statements = Snapshot().Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()).ToList();
        Assert.Equal(3, statements.Count);
        Assert.StartsWith("CALL () {", statements[0]);
        Assert.Equal(["RETURN 1 AS x", "RETURN 1 AS x"], statements.Skip(1));
    }

    private List<RecordedRequest> Snapshot()
    {
        lock (_server.Requests) return [.. _server.Requests];
    }

    [Fact]
    public async Task A_starting_server_is_waited_for()
    {
        var port = _server.Port;
        _server.Dispose();
        using var late = new CancellationTokenSource();
        FakeNeo4jServer? started = null;
        var starter = Task.Run(async () =>
        {
            await Task.Delay(700);
            started = new FakeNeo4jServer(port);
            started.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        });
        await using var database = new Neo4jHttpGraphDatabase(new Neo4jConnection(new Uri($"http://127.0.0.1:{port}"), "neo4j", null, "neo4j"))
        {
            StartupWait = TimeSpan.FromSeconds(20),
        };
        try
        {
            var result = await database.RunAsync("RETURN 1 AS x");
            Assert.Equal(1L, result.Rows[0][0]);
        }
        finally
        {
            await starter;
            started?.Dispose();
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
    }
}
