using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// The port over Neo4j's HTTP Query API (Neo4j 5.26+, Aura, or another RelationsGraph's served one):
/// POST /db/{database}/query/v2 for one statement, the /query/v2/tx endpoints for an explicit
/// transaction, typed JSON both ways. It checks the server's version once, waits for a server that is
/// still starting, retries transient errors, carries bookmarks from each commit to the next request,
/// and has Neo4j itself enforce a query's time limit and row cap.
/// </summary>
public sealed class Neo4jHttpGraphDatabase : IGraphDatabasePort
{
    private const string TypedJson = "application/vnd.neo4j.query";
    // Neo4j names the server a transaction lives on; later requests of the transaction send it back.
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jConnection _connection;
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly Neo4jBookmarks _bookmarks = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private bool _connected;
    // Set once the row-cap wrapper failed where the statement itself ran: a server without CALL () { }
    // subqueries (another RelationsGraph), which then gets statements as written and the cap client-side.
    private volatile bool _rowCapUnsupported;

    public Neo4jHttpGraphDatabase(Neo4jConnection connection, HttpClient? httpClient = null)
    {
        _connection = connection;
        _ownsHttpClient = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
    }

    /// <summary>How long the first request waits for a Neo4j that refuses connections or answers 503 (starting up).</summary>
    public TimeSpan StartupWait { get; init; } = TimeSpan.FromSeconds(60);

    internal Neo4jRetry Retry { get; init; } = new();

    public string Description => $"neo4j ({_connection.BaseUri.GetLeftPart(UriPartial.Authority)}, database {_connection.Database})";

    /// <summary>The bookmarks the next request will send (those of the last commit).</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= QueryOptions.Default;
        await ConnectAsync(cancellationToken);
        return await Retry.RunAsync(() => RunCappedAsync(cypher, parameters, options, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(
        IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        CancellationToken cancellationToken = default)
    {
        await ConnectAsync(cancellationToken);
        // A transient failure, or the transaction expiring on the server between two statements, rolled
        // the whole transaction back, so the whole of it is tried again from its begin.
        return await Retry.RunAsync(() => RunTransactionOnceAsync(statements, QueryOptions.Default, maxRows: null, cancellationToken),
            e => Neo4jErrorMapper.IsTransient(e) || e.Code == "Neo.ClientError.Transaction.TransactionNotFound", cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttpClient) _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<QueryResult> RunCappedAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options,
        CancellationToken cancellationToken)
    {
        if (!_rowCapUnsupported && Neo4jRowCap.Wrap(cypher, options) is { } capped)
        {
            try
            {
                return await RunStatementAsync(capped, parameters, options, cancellationToken);
            }
            catch (CypherException e) when (e.ErrorClass is "SyntaxError" or "SemanticError")
            {
                // The wrapper does not fit this statement (or the statement is wrong): run it as written,
                // which also reports a real error at the user's own line and column.
                var result = await RunStatementAsync(cypher, parameters, options, cancellationToken);
                if (Neo4jRowCap.IsSubqueryUnsupported(e)) _rowCapUnsupported = true;
                return result;
            }
        }
        return await RunStatementAsync(cypher, parameters, options, cancellationToken);
    }

    private async Task<QueryResult> RunStatementAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options,
        CancellationToken cancellationToken)
    {
        if (options.Timeout is not null)
        {
            var results = await RunTransactionOnceAsync([(cypher, parameters)], options, options.MaxRows, cancellationToken);
            return results[0];
        }
        var body = Body(cypher, parameters, options.ReadOnly, _bookmarks.Current, maxExecutionTime: null);
        using var response = await SendAsync(HttpMethod.Post, _connection.QueryUri, body, affinity: null, cancellationToken);
        var result = Neo4jResponseReader.ReadResult(response.Root, options.MaxRows);
        _bookmarks.Advance(Neo4jResponseReader.ReadBookmarks(response.Root));
        return result;
    }

    /// <summary>
    /// One explicit transaction: begin, each statement, commit. With a time limit, Neo4j is told it
    /// (maxExecutionTime) so it stops the query itself; should it not answer in time either, the DELETE
    /// that rolls the transaction back also terminates the query on the server.
    /// </summary>
    private async Task<IReadOnlyList<QueryResult>> RunTransactionOnceAsync(
        IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        QueryOptions options, int? maxRows, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } timeout) limit.CancelAfter(timeout);
        string? transactionId = null;
        string? affinity = null;
        try
        {
            var beginBody = Body(null, null, options.ReadOnly, _bookmarks.Current, options.Timeout);
            using (var begin = await SendAsync(HttpMethod.Post, _connection.BeginTransactionUri, beginBody, affinity: null, limit.Token))
            {
                transactionId = Neo4jResponseReader.ReadTransactionId(begin.Root);
                affinity = begin.Affinity;
            }

            var results = new List<QueryResult>(statements.Count);
            foreach (var (cypher, parameters) in statements)
            {
                using var response = await SendAsync(HttpMethod.Post, _connection.TransactionUri(transactionId),
                    Body(cypher, parameters, options.ReadOnly, bookmarks: null, maxExecutionTime: null), affinity, limit.Token);
                results.Add(Neo4jResponseReader.ReadResult(response.Root, maxRows));
            }
            using var commit = await SendAsync(HttpMethod.Post, _connection.CommitUri(transactionId), "{}"u8.ToArray(), affinity, limit.Token);
            Neo4jResponseReader.ThrowIfErrors(commit.Root);
            _bookmarks.Advance(Neo4jResponseReader.ReadBookmarks(commit.Root));
            return results;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && options.Timeout is not null)
        {
            if (transactionId is not null) await RollbackQuietlyAsync(transactionId, affinity);
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
                $"The query did not finish within {options.Timeout.Value.TotalSeconds:0.#} s; its transaction was rolled back on the server.");
        }
        catch
        {
            if (transactionId is not null) await RollbackQuietlyAsync(transactionId, affinity);
            throw;
        }
    }

    // Neo4j rolls a failed transaction back itself; the DELETE covers the other failures (a lost
    // connection, a cancelled load, a time limit), and its own failure must not hide the original error.
    private async Task RollbackQuietlyAsync(string transactionId, string? affinity)
    {
        try
        {
            using var request = NewRequest(HttpMethod.Delete, _connection.TransactionUri(transactionId), body: null, affinity);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await _http.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { }
    }

    /// <summary>
    /// Once per adapter, before the first request: waits for a Neo4j that is still starting, then
    /// reads its version from the discovery document and refuses one older than the Query API needs.
    /// </summary>
    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connected) return;
        await _connectGate.WaitAsync(cancellationToken);
        try
        {
            if (_connected) return;
            var version = await Neo4jServerVersion.DiscoverAsync(_http, _connection, StartupWait, cancellationToken);
            Neo4jServerVersion.EnsureSupported(version, _connection);
            _connected = true;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private static byte[] Body(string? cypher, IReadOnlyDictionary<string, object?>? parameters, bool readOnly,
        IReadOnlyList<string>? bookmarks, TimeSpan? maxExecutionTime)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (cypher is not null)
            {
                writer.WriteString("statement", cypher);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
                {
                    writer.WritePropertyName(name);
                    Neo4jTypedJson.Write(writer, value);
                }
                writer.WriteEndObject();
                writer.WriteBoolean("includeCounters", true);
            }
            if (readOnly) writer.WriteString("accessMode", "Read");
            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks) writer.WriteStringValue(bookmark);
                writer.WriteEndArray();
            }
            if (maxExecutionTime is { } time) writer.WriteNumber("maxExecutionTime", (long)Math.Ceiling(time.TotalMilliseconds));
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private HttpRequestMessage NewRequest(HttpMethod method, Uri uri, byte[]? body, string? affinity)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = _connection.Authorization;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }
        return request;
    }

    private async Task<Neo4jResponse> SendAsync(HttpMethod method, Uri uri, byte[] body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, uri, body, affinity);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jServerVersion.Unreachable(uri, e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own time limit, not the caller's: an error of the query, not a crash.
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
                $"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} did not answer within {_http.Timeout.TotalSeconds:0} s.");
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new CypherException("Neo4jError", "Neo.ClientError.Security.Unauthorized", ErrorPhase.Runtime,
                    _connection.BearerToken is not null
                        ? "Neo4j refused the Bearer token (set NEO4J_TOKEN)."
                        : $"Neo4j refused the credentials of user '{_connection.User}' (set NEO4J_USER and NEO4J_PASSWORD).");
            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            }
            catch (JsonException) { }
            if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document?.Dispose();
                throw NotQueryApi(response, uri, text);
            }
            var affinityValue = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var result = new Neo4jResponse(document, affinityValue);
            if (!response.IsSuccessStatusCode)
            {
                using (result)
                {
                    Neo4jResponseReader.ThrowIfErrors(document.RootElement);
                    throw NotQueryApi(response, uri, text);
                }
            }
            return result;
        }
    }

    private CypherException NotQueryApi(HttpResponseMessage response, Uri uri, string text) => response.StatusCode switch
    {
        HttpStatusCode.NotFound => new Neo4jProtocolException(
            $"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} has no {uri.AbsolutePath} (HTTP 404). The app needs Neo4j {Neo4jServerVersion.Minimum} or later, " +
            $"whose Query API has explicit transactions at /db/{{database}}/query/v2/tx; check also the database name '{_connection.Database}'."),
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => new CypherException("Neo4jError",
            "Neo.TransientError.General.DatabaseUnavailable", ErrorPhase.Runtime,
            $"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} is unavailable (HTTP {(int)response.StatusCode}); it may be starting."),
        _ => new Neo4jProtocolException($"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} without a Query API answer: {Shorten(text)}"),
    };

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private sealed class Neo4jResponse(JsonDocument document, string? affinity) : IDisposable
    {
        public JsonElement Root => document.RootElement;
        public string? Affinity => affinity;
        public void Dispose() => document.Dispose();
    }
}
