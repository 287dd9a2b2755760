using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RelationsGraph.Loading.Tests.Neo4j;

/// <summary>
/// A loopback HTTP server that answers like Neo4j's Query API from a queue of canned responses
/// and records what it was sent, so the adapter's requests and JSON mapping can be checked.
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<CannedResponse> _responses = new();
    private readonly Task _loop;

    public FakeNeo4jServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public Uri BaseUri => new($"http://127.0.0.1:{Port}");
    public List<RecordedRequest> Requests { get; } = [];

    public void Respond(int status, string body, params (string Name, string Value)[] headers)
    {
        lock (_responses) _responses.Enqueue(new CannedResponse(status, body, headers));
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
            lock (Requests)
                Requests.Add(new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath,
                    request.Headers.AllKeys.ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase), body));

            CannedResponse response;
            lock (_responses)
                response = _responses.Count > 0 ? _responses.Dequeue() : new CannedResponse(500, "{\"errors\":[{\"code\":\"Test.NoCannedResponse\",\"message\":\"no response queued\"}]}", []);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed record CannedResponse(int Status, string Body, (string Name, string Value)[] Headers);
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
