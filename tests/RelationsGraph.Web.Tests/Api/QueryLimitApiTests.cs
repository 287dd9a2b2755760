using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>
/// The console under the engine's limits as the host passes them (default settings): the hostile
/// inputs of issue 9 get a Cypher error (400) at once instead of a huge body, a busy core or a 500.
/// </summary>
public sealed class QueryLimitApiTests(QueryLimitApiTests.ServerFixture fixture) : IClassFixture<QueryLimitApiTests.ServerFixture>
{
    public sealed class ServerFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await TestServer.StartAsync(s => s);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, long Length)> QueryAsync(string cypher)
    {
        var response = await fixture.Server.Http.PostAsJsonAsync("/api/query", new { cypher });
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, JsonDocument.Parse(bytes).RootElement, bytes.Length);
    }

    [Fact]
    public async Task A_list_of_thirty_million_integers_is_refused_not_sent()
    {
        var (status, body, length) = await QueryAsync("RETURN range(0, 30000000) AS r");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("MemoryLimit", body.GetProperty("errorClass").GetString());
        Assert.True(length < 10_000, $"the answer has {length} bytes"); // 259 MB before
    }

    [Fact]
    public async Task Nested_maps_parse_at_once_and_overflowing_durations_are_cypher_errors()
    {
        var clock = Stopwatch.StartNew();
        var nested = "RETURN " + string.Concat(Enumerable.Repeat("({a:", 26)) + "1" + string.Concat(Enumerable.Repeat("})", 26)) + " AS m";
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(nested)).Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:0.0} s"); // 12 s and a busy core before

        var (status, body, _) = await QueryAsync("RETURN duration('PT99999999999999999999S') AS d");
        Assert.Equal(HttpStatusCode.BadRequest, status); // 500 before
        Assert.Equal("ArgumentError", body.GetProperty("errorClass").GetString());
    }
}
