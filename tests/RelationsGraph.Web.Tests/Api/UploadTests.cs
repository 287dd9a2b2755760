using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>
/// Uploads keep every article they load: an article is its content, so a name already in use never
/// replaces another article; malformed requests are client errors; a failed upload leaves no file.
/// </summary>
public sealed class UploadTests(UploadTests.ServerFixture fixture) : IClassFixture<UploadTests.ServerFixture>
{
    public sealed class ServerFixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;
        public async Task InitializeAsync() => Server = await TestServer.StartAsync(withArticles: false);
        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private const string BusanTalks = "Busan talks {0}\n2026-03-01\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 1, 2026 ({0}).\n";
    private const string CanberraCall = "Canberra call {0}\n2026-04-02\n\nPrime Minister Anthony Albanese spoke with President Lee Jae Myung of South Korea by telephone on April 2, 2026 ({0}).\n";

    private readonly TestServer _server = fixture.Server;

    private static MultipartFormDataContent Form(params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files) form.Add(new StringContent(text), "files", name);
        return form;
    }

    private async Task<JsonElement> UploadAsync(params (string Name, string Text)[] files)
    {
        var response = await _server.Http.PostAsync("/api/articles", Form(files));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<List<string[]>> QueryAsync(string cypher, object? parameters = null)
    {
        var response = await _server.Http.PostAsJsonAsync("/api/query", new { cypher, parameters });
        response.EnsureSuccessStatusCode();
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        return rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.ToString()).ToArray()).ToList();
    }

    private Task<List<string[]>> ArticlesWithTextAsync(string marker) => QueryAsync(
        "MATCH (a:Article) WHERE a.text CONTAINS $marker " +
        "OPTIONAL MATCH (a)-[:MENTIONS]->(n) WITH a, n.id AS mentioned ORDER BY mentioned " +
        "RETURN a.id, a.title, a.sha256, a.text, collect(mentioned) ORDER BY a.title", new { marker });

    [Fact]
    public async Task An_upload_named_like_a_loaded_article_but_with_other_text_is_a_new_article()
    {
        var marker = "dup" + Guid.NewGuid().ToString("N")[..8];
        var first = (await UploadAsync(("briefing.txt", string.Format(BusanTalks, marker))))[0];
        Assert.Equal("Loaded", first.GetProperty("status").GetString());
        var before = Assert.Single(await ArticlesWithTextAsync(marker));

        var second = (await UploadAsync(("briefing.txt", string.Format(CanberraCall, marker))))[0];

        Assert.Equal("Loaded", second.GetProperty("status").GetString());
        var after = await ArticlesWithTextAsync(marker);
        Assert.Equal(2, after.Count);
        Assert.Equal(before, after.Single(a => a[0] == before[0])); // title, text, hash and mentions untouched
        var other = after.Single(a => a[0] != before[0]);
        Assert.StartsWith("Canberra call", other[1]);
        Assert.NotEqual(before[2], other[2]);
    }

    [Fact]
    public async Task Two_files_with_one_name_in_one_request_are_two_articles()
    {
        var marker = "pair" + Guid.NewGuid().ToString("N")[..8];
        var results = await UploadAsync(("pair.txt", string.Format(BusanTalks, marker)), ("pair.txt", string.Format(CanberraCall, marker)));

        Assert.Equal(["Loaded", "Loaded"], results.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        var articles = await ArticlesWithTextAsync(marker);
        Assert.Equal(2, articles.Count);
        Assert.StartsWith("Busan talks", articles[0][1]);
        Assert.StartsWith("Canberra call", articles[1][1]);
        Assert.NotEqual(articles[0][0], articles[1][0]);
    }

    [Fact]
    public async Task The_same_text_twice_under_any_name_changes_nothing()
    {
        var marker = "same" + Guid.NewGuid().ToString("N")[..8];
        var text = string.Format(BusanTalks, marker);
        var results = await UploadAsync(("same.txt", text), ("same.txt", text), ("other-name.txt", text));

        Assert.Equal(["Loaded", "Unchanged", "Unchanged"], results.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Single(await ArticlesWithTextAsync(marker));
    }

    [Fact]
    public async Task A_multipart_body_with_the_wrong_boundary_is_a_bad_request()
    {
        var body = new StringContent("--other\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nText\r\n--other--\r\n");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected");

        await AssertBadRequestAsync(await _server.Http.PostAsync("/api/articles", body), "multipart");
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_a_bad_request()
    {
        var body = new StringContent("--cut\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nThe text stops he");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        await AssertBadRequestAsync(await _server.Http.PostAsync("/api/articles", body), "multipart");
    }

    [Fact]
    public async Task A_multipart_body_without_a_boundary_is_a_bad_request()
    {
        var body = new StringContent("whatever");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        await AssertBadRequestAsync(await _server.Http.PostAsync("/api/articles", body), "boundary");
    }

    [Fact]
    public async Task A_file_name_of_300_characters_is_a_bad_request_and_leaves_no_file()
    {
        var name = new string('n', 296) + ".txt";
        var response = await _server.Http.PostAsync("/api/articles", Form((name, string.Format(BusanTalks, "longname"))));

        await AssertBadRequestAsync(response, "name");
        Assert.DoesNotContain(UploadedFiles(), f => Path.GetFileName(f).StartsWith("nnnn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_fails_to_load_leaves_no_file_behind()
    {
        var result = (await UploadAsync(("broken-feed.json", "{ \"title\": \"half a JSON ")))[0];

        Assert.Equal("Failed", result.GetProperty("status").GetString());
        Assert.DoesNotContain(UploadedFiles(), f => Path.GetFileName(f).StartsWith("broken-feed", StringComparison.Ordinal));
    }

    private IEnumerable<string> UploadedFiles()
    {
        var folder = Path.Combine(_server.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string detailMentions)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(detailMentions, detail, StringComparison.OrdinalIgnoreCase);
    }
}
