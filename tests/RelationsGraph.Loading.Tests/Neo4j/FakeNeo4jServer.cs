using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RelationsGraph.Loading.Tests.Neo4j;

/// <summary>
/// A loopback HTTP server that answers like Neo4j's Query API from a queue of canned responses
/// and records what it was sent, so the adapter's requests and JSON mapping can be checked. It
/// answers Neo4j's discovery document (GET /) itself, with Neo4jVersion (404 when null), and models
/// what the served Query API cannot show: 202 answers with data and errors, an older server, a slow one.
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<CannedResponse> _responses = new();
    private readonly Task _loop;

    public FakeNeo4jServer(int? port = null)
    {
        Port = port ?? FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public Uri BaseUri => new($"http://127.0.0.1:{Port}");
    public List<RecordedRequest> Requests { get; } = [];
    public string? Neo4jVersion { get; set; } = "5.26.0";
    public int DiscoveryRequests;

    public void Respond(int status, string body, params (string Name, string Value)[] headers)
    {
        lock (_responses) _responses.Enqueue(new CannedResponse(status, body, headers, TimeSpan.Zero));
    }

    public void RespondAfter(TimeSpan delay, int status, string body)
    {
        lock (_responses) _responses.Enqueue(new CannedResponse(status, body, [], delay));
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = context.Request;
            if (request.HttpMethod == "GET" && request.Url!.AbsolutePath == "/")
            {
                Interlocked.Increment(ref DiscoveryRequests);
                _ = Task.Run(() => AnswerDiscovery(context));
                continue;
            }
            lock (Requests)
                Requests.Add(new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath,
                    request.Headers.AllKeys.ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase), body));

            CannedResponse response;
            lock (_responses)
                response = _responses.Count > 0 ? _responses.Dequeue() : new CannedResponse(500, "{\"errors\":[{\"code\":\"Test.NoCannedResponse\",\"message\":\"no response queued\"}]}", [], TimeSpan.Zero);
            _ = Task.Run(() => AnswerAsync(context, response));
        }
    }

    private void AnswerDiscovery(HttpListenerContext context)
    {
        var version = Neo4jVersion;
        context.Response.StatusCode = version is null ? 404 : 200;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(version is null ? "" :
            $"{{\"bolt_routing\":\"neo4j://127.0.0.1:7687\",\"query\":\"http://127.0.0.1:{Port}/db/{{databaseName}}/query/v2\",\"neo4j_version\":\"{version}\",\"neo4j_edition\":\"community\"}}");
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private static async Task AnswerAsync(HttpListenerContext context, CannedResponse response)
    {
        try
        {
            if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed record CannedResponse(int Status, string Body, (string Name, string Value)[] Headers, TimeSpan Delay);
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
