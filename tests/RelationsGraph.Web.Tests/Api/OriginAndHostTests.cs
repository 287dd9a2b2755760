using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>
/// A page on another origin, or a request for a foreign Host name (DNS rebinding), cannot change
/// the graph on the default loopback server; the page's own requests and non-browser clients can.
/// </summary>
public sealed class OriginAndHostTests(OriginAndHostTests.ServerFixture fixture) : IClassFixture<OriginAndHostTests.ServerFixture>
{
    public sealed class ServerFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;
        public async Task InitializeAsync() => Server = await TestServer.StartAsync(withArticles: false);
        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private const string ProbeText = "Origin probe {0}\n2026-03-02\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 2, 2026 ({0}).\n";

    private readonly TestServer _server = fixture.Server;

    private HttpRequestMessage Upload(string marker, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new MultipartFormDataContent { { new StringContent(string.Format(ProbeText, marker)), "files", marker + ".txt" } },
        };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private async Task<long> ArticlesContainingAsync(string marker)
    {
        var response = await _server.Http.PostAsJsonAsync("/api/query",
            new { cypher = "MATCH (a:Article) WHERE a.text CONTAINS $marker RETURN count(a) AS n", parameters = new { marker } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows")[0][0].GetInt64();
    }

    [Fact]
    public async Task A_no_cors_upload_from_a_page_on_another_site_is_refused_and_loads_nothing()
    {
        // What Chromium sends for fetch(url, {method: 'POST', mode: 'no-cors', body: formData}) from attacker.example.
        var response = await _server.Http.SendAsync(Upload("crosssite",
            ("Origin", "http://attacker.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "no-cors"), ("Sec-Fetch-Dest", "empty")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await ArticlesContainingAsync("crosssite"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1", "same-site")] // another server on this machine is the same site, not the same origin
    [InlineData("http://attacker.example", null)]   // a browser that sends no fetch metadata (plain http beyond loopback)
    [InlineData("null", null)]                      // sandboxed frames and file:// pages
    [InlineData(null, "cross-site")]
    public async Task Writes_from_any_origin_but_the_servers_own_are_refused(string? origin, string? fetchSite)
    {
        var marker = "origin" + Guid.NewGuid().ToString("N")[..8];
        var headers = new List<(string, string)>();
        if (origin is not null) headers.Add(("Origin", origin));
        if (fetchSite is not null) headers.Add(("Sec-Fetch-Site", fetchSite));

        var response = await _server.Http.SendAsync(Upload(marker, [.. headers]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await ArticlesContainingAsync(marker));
    }

    [Fact]
    public async Task The_console_refuses_a_cross_site_request_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/query") { Content = JsonContent.Create(new { cypher = "RETURN 1 AS one" }) };
        request.Headers.Add("Origin", "http://attacker.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_pages_own_requests_and_clients_without_an_origin_are_accepted()
    {
        var own = await _server.Http.SendAsync(Upload("ownorigin", ("Origin", _server.BaseUrl), ("Sec-Fetch-Site", "same-origin"), ("Sec-Fetch-Mode", "cors")));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Loaded", (await own.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("status").GetString());

        // curl and scripts send neither Origin nor fetch metadata; a browser always sends one of them on a POST.
        var script = await _server.Http.SendAsync(Upload("noorigin"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(1, await ArticlesContainingAsync("noorigin"));
    }

    [Fact]
    public async Task A_request_for_a_foreign_host_name_is_refused()
    {
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        read.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await _server.Http.SendAsync(read)).StatusCode);

        var write = Upload("foreignhost");
        write.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await _server.Http.SendAsync(write)).StatusCode);
        Assert.Equal(0, await ArticlesContainingAsync("foreignhost"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_host_names_are_accepted(string host)
    {
        var port = new Uri(_server.BaseUrl).Port;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Host = $"{host}:{port}";
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Configured_host_names_are_answered_besides_loopback_and_others_are_not()
    {
        await using var server = await TestServer.StartAsync(s => s with { AllowedHosts = ["explorer.example"] }, withArticles: false);
        async Task<HttpStatusCode> InfoFor(string host)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
            request.Headers.Host = host;
            return (await server.Http.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await InfoFor("explorer.example"));
        Assert.Equal(HttpStatusCode.OK, await InfoFor("localhost"));
        Assert.Equal(HttpStatusCode.BadRequest, await InfoFor("attacker.example"));
    }

    [Fact]
    public void Bound_to_every_address_the_server_answers_this_machines_name()
    {
        var names = AllowedHostNames.For(new ExplorerSettings { Urls = "http://0.0.0.0:5080", Database = null! }, configured: null);
        Assert.Contains(System.Net.Dns.GetHostName(), names);
        Assert.Contains("localhost", names);
        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "*"], AllowedHostNames.For(new ExplorerSettings { Database = null! }, configured: "*"));
    }
}
