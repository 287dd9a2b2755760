using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Loading.Database;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>A store loaded before schema.cypher had its full-text index gets it when the explorer starts, so search works.</summary>
public sealed class SearchIndexAtStartTests
{
    [Fact]
    public async Task Serving_an_older_store_creates_the_search_index_and_finds_a_misspelt_name()
    {
        var data = Path.Combine(Path.GetTempPath(), "relationsgraph-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var old = EmbeddedGraphDatabase.Open(data))
                await old.RunAsync("CREATE (:Person {id: 'person:zq', name: 'Zephyrine Quillfeather', aliases: ['Zephyrine Quillfeather']})");

            await using var server = await TestServer.StartAsync(
                s => s with { Database = GraphDatabaseSettings.Resolve(dataDirectory: data) }, withArticles: false);
            var result = await server.Http.GetFromJsonAsync<JsonElement>("/api/search?term=Quilfeather");
            Assert.Equal("person:zq", result.GetProperty("rows")[0][0].GetProperty("properties").GetProperty("id").GetString());
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }
}
