using System.Net;
using System.Net.Http.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>Bound beyond loopback, loading and the console need the token; reading does not.</summary>
public sealed class AccessTests
{
    [Fact]
    public async Task Beyond_loopback_the_console_and_uploads_require_the_token()
    {
        await using var server = await TestServer.StartAsync(s => s with { Urls = "http://0.0.0.0:0", Token = "s3cret-token" }, withArticles: false);
        var info = await server.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/info");
        Assert.True(info.GetProperty("tokenRequired").GetBoolean());

        var refused = await server.Http.PostAsJsonAsync("/api/query", new { cypher = "RETURN 1 AS one" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var upload = await server.Http.PostAsync("/api/articles", new MultipartFormDataContent { { new StringContent("x"), "files", "a.txt" } });
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/query") { Content = JsonContent.Create(new { cypher = "RETURN 1 AS one" }) };
        wrong.Headers.Add("X-RelationsGraph-Token", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Http.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Post, "/api/query") { Content = JsonContent.Create(new { cypher = "RETURN 1 AS one" }) };
        right.Headers.Authorization = new("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(right)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/api/search?term=a")).StatusCode);
    }

    [Fact]
    public async Task Beyond_loopback_without_a_token_the_console_is_disabled()
    {
        await using var server = await TestServer.StartAsync(s => s with { Urls = "http://0.0.0.0:0", Token = null }, withArticles: false);
        var refused = await server.Http.PostAsJsonAsync("/api/query", new { cypher = "RETURN 1 AS one" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("RELATIONSGRAPH_TOKEN", await refused.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    public void Loopback_addresses_are_recognised(string url, bool loopback) =>
        Assert.Equal(loopback, RelationsGraph.Web.ExplorerSettings.IsLoopbackUrl(url));
}
