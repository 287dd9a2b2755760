using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>The console's query endpoint answers EXPLAIN and PROFILE with the plan, and EXPLAIN of a write runs nothing.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ConsolePlanApiTests(ExplorerFixture fixture)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> QueryAsync(string cypher)
    {
        var response = await fixture.Server.Http.PostAsJsonAsync("/api/query", new { cypher });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Profile_answers_rows_and_the_plan_with_rows_and_db_hits()
    {
        var (status, body) = await QueryAsync("PROFILE MATCH (p:Person) RETURN p.name AS name");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PROFILE", body.GetProperty("planMode").GetString());
        var plan = body.GetProperty("plan");
        Assert.Equal("ProduceResults", plan.GetProperty("operator").GetString());
        Assert.Equal(body.GetProperty("rows").GetArrayLength(), plan.GetProperty("rows").GetInt64());
        var scan = plan.GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal("NodeByLabelScan", scan.GetProperty("operator").GetString());
        Assert.Equal("p:Person", scan.GetProperty("details").GetString());
        Assert.True(scan.GetProperty("dbHits").GetInt64() > scan.GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task Explain_of_a_write_in_the_read_only_console_plans_it_and_writes_nothing()
    {
        var (status, body) = await QueryAsync("EXPLAIN CREATE (:Intruder {name: 'x'})");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("EXPLAIN", body.GetProperty("planMode").GetString());
        Assert.Equal("Create", body.GetProperty("plan").GetProperty("children")[0].GetProperty("operator").GetString());
        Assert.False(body.GetProperty("plan").TryGetProperty("dbHits", out _));
        var (_, count) = await QueryAsync("MATCH (n:Intruder) RETURN count(n) AS n");
        Assert.Equal(0, count.GetProperty("rows")[0][0].GetInt64());

        var (refused, _) = await QueryAsync("PROFILE CREATE (:Intruder {name: 'x'})");
        Assert.Equal(HttpStatusCode.BadRequest, refused);   // PROFILE runs the query, so the console's read-only rule applies
    }
}
