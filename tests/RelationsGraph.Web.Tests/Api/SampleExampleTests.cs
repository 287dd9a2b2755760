using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>The explorer's first run: on the sample articles every console example has an answer.</summary>
public sealed class SampleExampleTests
{
    [Fact]
    public async Task Every_console_example_returns_rows_on_the_sample_articles()
    {
        await using var server = await TestServer.StartAsync(
            settings => settings with { SamplesDirectory = Path.Combine(RepositoryPaths.Root, "samples") }, withArticles: false);

        var empty = new List<string>();
        foreach (var example in CypherCatalog.Examples())
        {
            var response = await server.Http.PostAsJsonAsync("/api/query", new { cypher = example.Cypher });
            Assert.True(response.IsSuccessStatusCode, $"{example.Question}: {await response.Content.ReadAsStringAsync()}");
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (result.GetProperty("rows").GetArrayLength() == 0) empty.Add(example.Question);
        }
        Assert.Empty(empty);
    }
}
