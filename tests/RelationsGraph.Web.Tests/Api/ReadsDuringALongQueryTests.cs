using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>
/// The page keeps answering while a console query runs to its time limit, and an upload goes in beside
/// it (snapshot reads: a long read holds no writer back). Real server, real store; margins are wide.
/// </summary>
public sealed class ReadsDuringALongQueryTests
{
    [Fact]
    public async Task An_upload_goes_in_and_searches_stay_quick_while_a_console_query_runs_to_its_limit()
    {
        await using var server = await TestServer.StartAsync(s => s with { QueryTimeout = TimeSpan.FromSeconds(4) });
        var clock = Stopwatch.StartNew();

        var longQuery = server.Http.PostAsJsonAsync("/api/query",
            new { cypher = "UNWIND range(1, 100000000) AS x UNWIND range(1, 100000000) AS y RETURN count(*) AS n" });
        await Task.Delay(700);
        var upload = server.Http.PostAsync("/api/articles", new MultipartFormDataContent
        {
            { new StringContent("Waiting upload\n2026-03-04\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 4, 2026.\n"), "files", "waiting-upload.txt" },
        });
        var uploaded = await upload.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(longQuery.IsCompleted, "the long query ended before the upload did, which proves nothing");

        var latencies = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var one = Stopwatch.StartNew();
            var response = await server.Http.GetAsync("/api/search?term=lee");
            latencies.Add(one.Elapsed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(100);
        }
        var searchesDone = clock.Elapsed;

        Assert.True(latencies.Max() < TimeSpan.FromSeconds(1.5),
            $"searches took {string.Join(", ", latencies.Select(t => $"{t.TotalMilliseconds:0} ms"))} beside a long query");
        Assert.False(longQuery.IsCompleted && searchesDone > TimeSpan.FromSeconds(4), "the searches ran after the long query, which proves nothing");
        Assert.Equal(HttpStatusCode.BadRequest, (await longQuery).StatusCode); // stopped at its limit
        var loaded = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Loaded", loaded[0].GetProperty("status").GetString());
    }
}
