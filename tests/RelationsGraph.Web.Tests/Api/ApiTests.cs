using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>The JSON API on loopback: reads, the read-only console, its errors, timeout and row cap, uploads.</summary>
public sealed class ApiTests(ApiTests.ServerFixture fixture) : IClassFixture<ApiTests.ServerFixture>
{
    /// <summary>A server with a 3 s time limit, a 5-row cap and a 4 KiB upload limit.</summary>
    public sealed class ServerFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await TestServer.StartAsync(s => s with
        {
            QueryTimeout = TimeSpan.FromSeconds(3), MaxRows = 5, MaxUploadBytes = 4 * 1024,
        });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private readonly TestServer _server = fixture.Server;

    private Task<HttpResponseMessage> QueryAsync(string cypher, object? parameters = null) =>
        _server.Http.PostAsJsonAsync("/api/query", new { cypher, parameters });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Info_describes_the_embedded_store_and_needs_no_token_on_loopback()
    {
        var info = await _server.Http.GetFromJsonAsync<JsonElement>("/api/info");
        Assert.StartsWith("embedded", info.GetProperty("database").GetString());
        Assert.False(info.GetProperty("tokenRequired").GetBoolean());
    }

    [Fact]
    public async Task Search_finds_entities_by_alias()
    {
        var result = await _server.Http.GetFromJsonAsync<JsonElement>("/api/search?term=hostile%20envoy");
        Assert.Equal("person:hostile", result.GetProperty("rows")[0][0].GetProperty("properties").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Console_runs_a_read_with_parameters()
    {
        var response = await QueryAsync("RETURN $x + 1 AS y", new { x = 41 });
        response.EnsureSuccessStatusCode();
        Assert.Equal(42, (await JsonAsync(response)).GetProperty("rows")[0][0].GetInt32());
    }

    [Fact]
    public async Task Console_refuses_a_writing_query_and_changes_nothing()
    {
        var response = await QueryAsync("CREATE (:Intruder {name: 'x'})");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("AccessMode", (await JsonAsync(response)).GetProperty("errorClass").GetString());
        var count = await JsonAsync(await QueryAsync("MATCH (n:Intruder) RETURN count(n) AS n"));
        Assert.Equal(0, count.GetProperty("rows")[0][0].GetInt32());
    }

    [Fact]
    public async Task Console_reports_a_syntax_error_with_its_position()
    {
        var response = await QueryAsync("MATCH (n)\nRETURN n LIMT 3");
        var problem = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SyntaxError", problem.GetProperty("errorClass").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal(10, problem.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Console_caps_rows_and_says_so()
    {
        var result = await JsonAsync(await QueryAsync("UNWIND range(1, 50) AS x RETURN x"));
        Assert.Equal(5, result.GetProperty("rows").GetArrayLength());
        Assert.True(result.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task A_query_that_would_run_forever_is_stopped_while_others_are_answered()
    {
        var clock = Stopwatch.StartNew();
        var slow = QueryAsync("UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n");
        await Task.Delay(300);
        var quick = await _server.Http.GetAsync("/api/search?term=lee");
        Assert.Equal(HttpStatusCode.OK, quick.StatusCode);
        Assert.False(slow.IsCompleted, $"the slow query was still running when another request was answered ({clock.ElapsedMilliseconds} ms)");

        var response = await slow;
        var problem = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Timeout", problem.GetProperty("errorClass").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Unknown_endpoint_and_bad_input_give_problem_details_not_a_crash()
    {
        var response = await _server.Http.PostAsync("/api/query", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var missing = await _server.Http.GetAsync("/api/node?id=nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_loads_an_article_and_reports_its_result()
    {
        var response = await UploadAsync("busan-forum.txt", "Busan forum\n2026-03-01\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 1, 2026.\n");
        response.EnsureSuccessStatusCode();
        var result = (await JsonAsync(response))[0];
        Assert.Equal("Loaded", result.GetProperty("status").GetString());
        var again = (await JsonAsync(await UploadAsync("busan-forum.txt", "Busan forum\n2026-03-01\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 1, 2026.\n")))[0];
        Assert.Equal("Unchanged", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upload_over_the_size_limit_is_refused_clearly()
    {
        var response = await UploadAsync("long.txt", new string('a', 5 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_of_an_unknown_type_is_refused_clearly()
    {
        var response = await UploadAsync("tool.exe", "MZ");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(".txt", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_api_is_described_with_openapi()
    {
        var document = await _server.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/query", "/api/articles", "/api/trace", "/api/paths" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    private Task<HttpResponseMessage> UploadAsync(string fileName, string content)
    {
        var form = new MultipartFormDataContent { { new StringContent(content), "files", fileName } };
        return _server.Http.PostAsync("/api/articles", form);
    }
}
