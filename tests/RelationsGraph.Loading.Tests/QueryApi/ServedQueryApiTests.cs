using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RelationsGraph.Loading.Tests.QueryApi;

/// <summary>The served Neo4j Query API met with raw HTTP requests, as any Neo4j client would send them.</summary>
public sealed class ServedQueryApiTests
{
    private const string Typed = "application/vnd.neo4j.query";

    [Fact]
    public async Task Plain_and_typed_JSON_counters_and_bookmarks()
    {
        await using var server = await ServedQueryApi.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var (status, plain, type) = await PostAsync(http, "/db/neo4j/query/v2",
            """{"statement":"CREATE (n:Probe {name: $name, n: $n}) RETURN n, 1.5 AS f","parameters":{"name":"a","n":2},"includeCounters":true}""");
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("application/json", type);
        Assert.Equal(["n", "f"], plain.GetProperty("data").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var node = plain.GetProperty("data").GetProperty("values")[0][0];
        Assert.Equal("Probe", node.GetProperty("labels")[0].GetString());
        Assert.Equal(2, node.GetProperty("properties").GetProperty("n").GetInt64());
        Assert.Equal(1, plain.GetProperty("counters").GetProperty("nodesCreated").GetInt32());
        Assert.True(plain.GetProperty("counters").GetProperty("containsUpdates").GetBoolean());
        var bookmark = plain.GetProperty("bookmarks")[0].GetString()!;

        var (_, typed, typedType) = await PostAsync(http, "/db/neo4j/query/v2",
            $$"""{"statement":"MATCH (n:Probe) RETURN n.n AS n, n.name AS s","bookmarks":["{{bookmark}}"],"accessMode":"READ"}""", typedBody: true);
        Assert.Equal(Typed, typedType);
        var row = typed.GetProperty("data").GetProperty("values")[0];
        Assert.Equal(("Integer", "2"), (row[0].GetProperty("$type").GetString(), row[0].GetProperty("_value").GetString()));
        Assert.Equal("String", row[1].GetProperty("$type").GetString());
        Assert.False(typed.TryGetProperty("counters", out _)); // only when asked for

        var (badStatus, bad, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"RETURN 1","bookmarks":["not-a-bookmark"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal("Neo.ClientError.Transaction.InvalidBookmark", bad.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Errors_come_in_Neo4j_shape_with_their_position()
    {
        await using var server = await ServedQueryApi.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var (status, body, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"MATCH (n)\nRETRN n"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.GetProperty("code").GetString());
        Assert.Contains("(line 2, column 1 (offset: 10))", error.GetProperty("message").GetString());

        var (readStatus, read, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"CREATE (:Probe)","accessMode":"READ"}""");
        Assert.Equal(HttpStatusCode.BadRequest, readStatus);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", read.GetProperty("errors")[0].GetProperty("code").GetString());

        var (impersonating, refused, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"RETURN 1","impersonatedUser":"admin"}""");
        Assert.Equal(HttpStatusCode.BadRequest, impersonating);
        Assert.Equal("Neo.ClientError.Statement.FeatureNotSupported", refused.GetProperty("errors")[0].GetProperty("code").GetString());

        var (missing, unknown, _) = await PostAsync(http, "/db/other/query/v2", """{"statement":"RETURN 1"}""");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", unknown.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_explicit_transaction_spans_requests_and_commits_or_rolls_back()
    {
        await using var server = await ServedQueryApi.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var (beginStatus, begin, _) = await PostAsync(http, "/db/neo4j/query/v2/tx", """{"statement":"CREATE (:Probe {step: 1})"}""");
        Assert.Equal(HttpStatusCode.Accepted, beginStatus);
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;
        Assert.True(DateTimeOffset.Parse(begin.GetProperty("transaction").GetProperty("expires").GetString()!) > DateTimeOffset.UtcNow);
        var (_, seen, _) = await PostAsync(http, $"/db/neo4j/query/v2/tx/{id}", """{"statement":"MATCH (n:Probe) RETURN count(n)"}""");
        Assert.Equal(1, seen.GetProperty("data").GetProperty("values")[0][0].GetInt64());
        var (commitStatus, commit, _) = await PostAsync(http, $"/db/neo4j/query/v2/tx/{id}/commit", "{}");
        Assert.Equal(HttpStatusCode.Accepted, commitStatus);
        Assert.Single(commit.GetProperty("bookmarks").EnumerateArray());

        var (_, second, _) = await PostAsync(http, "/db/neo4j/query/v2/tx", """{"statement":"CREATE (:Probe {step: 2})"}""");
        var secondId = second.GetProperty("transaction").GetProperty("id").GetString()!;
        using (var rollback = await http.DeleteAsync($"/db/neo4j/query/v2/tx/{secondId}")) Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        var (goneStatus, gone, _) = await PostAsync(http, $"/db/neo4j/query/v2/tx/{secondId}/commit", "{}");
        Assert.Equal(HttpStatusCode.NotFound, goneStatus);
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", gone.GetProperty("errors")[0].GetProperty("code").GetString());

        var (_, count, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"MATCH (n:Probe) RETURN collect(n.step)"}""");
        Assert.Equal([1L], count.GetProperty("data").GetProperty("values")[0][0].EnumerateArray().Select(v => v.GetInt64()));
    }

    [Fact]
    public async Task An_abandoned_transaction_expires_and_frees_the_store_for_writers()
    {
        await using var server = await ServedQueryApi.StartAsync(s => s with { QueryApiTransactionIdle = TimeSpan.FromMilliseconds(500) });
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var (_, begin, _) = await PostAsync(http, "/db/neo4j/query/v2/tx", """{"statement":"CREATE (:Probe {abandoned: true})"}""");
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;
        // The open transaction holds the writer; once it expires, a write goes through.
        var (status, write, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"CREATE (:Probe {later: true}) RETURN 1","includeCounters":true}""");
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(1, write.GetProperty("counters").GetProperty("nodesCreated").GetInt32());
        var (goneStatus, _, _) = await PostAsync(http, $"/db/neo4j/query/v2/tx/{id}", """{"statement":"RETURN 1"}""");
        Assert.Equal(HttpStatusCode.NotFound, goneStatus);
        var (_, count, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"MATCH (n:Probe {abandoned: true}) RETURN count(n)"}""");
        Assert.Equal(0, count.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }

    [Fact]
    public async Task With_a_password_Basic_auth_is_required()
    {
        await using var server = await ServedQueryApi.StartAsync(s => s with { QueryApiPassword = "pw" });
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var (status, refused, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"RETURN 1"}""");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", refused.GetProperty("errors")[0].GetProperty("code").GetString());

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("neo4j:pw"u8.ToArray()));
        var (okStatus, _, _) = await PostAsync(http, "/db/neo4j/query/v2", """{"statement":"RETURN 1"}""");
        Assert.Equal(HttpStatusCode.Accepted, okStatus);

        await using var adapter = server.Connect(password: "pw");
        Assert.Equal(1L, (await adapter.RunAsync("RETURN 1")).Rows[0][0]);
    }

    [Fact]
    public async Task Discovery_answers_JSON_clients_and_the_page_still_serves_browsers()
    {
        await using var server = await ServedQueryApi.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await http.SendAsync(request);
        using var discovery = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.EndsWith("/db/{databaseName}/query/v2", discovery.RootElement.GetProperty("query").GetString());
        Assert.Equal("5.26.0", discovery.RootElement.GetProperty("neo4j_version").GetString());

        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await http.SendAsync(page);
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> PostAsync(HttpClient http, string path, string json,
        bool typedBody = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(typedBody ? Typed : "application/json");
        request.Headers.Accept.ParseAdd(typedBody ? Typed : "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }
}
