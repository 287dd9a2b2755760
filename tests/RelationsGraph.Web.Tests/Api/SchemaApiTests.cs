using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>/api/schema, what the console's editor completes from, follows the graph as it grows.</summary>
public sealed class SchemaApiTests
{
    [Fact]
    public async Task The_schema_follows_the_graph_and_lists_cypher_functions_with_their_arity()
    {
        await using var server = await TestServer.StartAsync(withArticles: false);
        var empty = await SchemaAsync(server);
        Assert.Empty(Names(empty, "labels"));
        Assert.Empty(Names(empty, "relationshipTypes"));

        var form = new MultipartFormDataContent
        {
            { new StringContent("Seoul talks\n2026-05-04\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Seoul on May 4, 2026.\n"), "files", "seoul.txt" },
        };
        Assert.Equal(HttpStatusCode.OK, (await server.Http.PostAsync("/api/articles", form)).StatusCode);

        var loaded = await SchemaAsync(server);
        Assert.Contains("Person", Names(loaded, "labels"));
        Assert.Contains("Meeting", Names(loaded, "labels"));
        Assert.Contains("ATTENDED", Names(loaded, "relationshipTypes"));
        Assert.Contains("name", Names(loaded, "propertyKeys"));

        var functions = loaded.GetProperty("functions").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("signature").GetString());
        Assert.Equal("(1 argument)", functions["toUpper"]);
        Assert.Equal("(1 or more arguments)", functions["coalesce"]);
        Assert.Equal("(1 argument)", functions["count"]);   // aggregations too, though the executor owns them
    }

    private static Task<JsonElement> SchemaAsync(TestServer server) => server.Http.GetFromJsonAsync<JsonElement>("/api/schema");

    private static List<string> Names(JsonElement schema, string property) =>
        [.. schema.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
