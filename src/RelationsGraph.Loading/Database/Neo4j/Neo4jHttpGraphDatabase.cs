using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// The port over Neo4j 5's HTTP Query API: POST /db/{database}/query/v2 for one statement,
/// the /query/v2/tx endpoints for an explicit transaction, typed JSON both ways.
/// </summary>
public sealed class Neo4jHttpGraphDatabase : IGraphDatabasePort
{
    private const string TypedJson = "application/vnd.neo4j.query";
    // Neo4j names the server a transaction lives on; later requests of the transaction send it back.
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jConnection _connection;
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;

    public Neo4jHttpGraphDatabase(Neo4jConnection connection, HttpClient? httpClient = null)
    {
        _connection = connection;
        _ownsHttpClient = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
    }

    public string Description => $"neo4j ({_connection.BaseUri.GetLeftPart(UriPartial.Authority)}, database {_connection.Database})";

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= QueryOptions.Default;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            var body = StatementBody(cypher, parameters, readOnly: options.ReadOnly);
            using var response = await SendAsync(HttpMethod.Post, _connection.QueryUri, body, affinity: null, timeout.Token);
            return Neo4jResponseReader.ReadResult(response.Root, options.MaxRows);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && options.Timeout is not null)
        {
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
                $"The query did not finish within {options.Timeout.Value.TotalSeconds:0.#} s.");
        }
    }

    public async Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(
        IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        CancellationToken cancellationToken = default)
    {
        string transactionId;
        string? affinity;
        using (var begin = await SendAsync(HttpMethod.Post, _connection.BeginTransactionUri, "{}"u8.ToArray(), affinity: null, cancellationToken))
        {
            transactionId = Neo4jResponseReader.ReadTransactionId(begin.Root);
            affinity = begin.Affinity;
        }

        var results = new List<QueryResult>(statements.Count);
        try
        {
            foreach (var (cypher, parameters) in statements)
            {
                using var response = await SendAsync(HttpMethod.Post, _connection.TransactionUri(transactionId),
                    StatementBody(cypher, parameters, readOnly: false), affinity, cancellationToken);
                results.Add(Neo4jResponseReader.ReadResult(response.Root, maxRows: null));
            }
            using var commit = await SendAsync(HttpMethod.Post, _connection.CommitUri(transactionId), "{}"u8.ToArray(), affinity, cancellationToken);
            Neo4jResponseReader.ThrowIfErrors(commit.Root);
            return results;
        }
        catch
        {
            await RollbackQuietlyAsync(transactionId, affinity);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttpClient) _http.Dispose();
        return ValueTask.CompletedTask;
    }

    // Neo4j rolls a failed transaction back itself; the DELETE covers the other failures (a lost
    // connection, a cancelled load), and its own failure must not hide the original error.
    private async Task RollbackQuietlyAsync(string transactionId, string? affinity)
    {
        try
        {
            using var request = NewRequest(HttpMethod.Delete, _connection.TransactionUri(transactionId), body: null, affinity);
            using var response = await _http.SendAsync(request, CancellationToken.None);
        }
        catch (HttpRequestException) { }
    }

    private static byte[] StatementBody(string cypher, IReadOnlyDictionary<string, object?>? parameters, bool readOnly)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", cypher);
            writer.WriteStartObject("parameters");
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                Neo4jTypedJson.Write(writer, value);
            }
            writer.WriteEndObject();
            writer.WriteBoolean("includeCounters", true);
            if (readOnly) writer.WriteString("accessMode", "Read");
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
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CypherException("Neo4jError", "Neo.TransientError.General.DatabaseUnavailable", ErrorPhase.Runtime,
                $"Cannot reach Neo4j at {uri.GetLeftPart(UriPartial.Authority)}: {e.Message}");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new CypherException("Neo4jError", "Neo.ClientError.Security.Unauthorized", ErrorPhase.Runtime,
                    $"Neo4j refused the credentials of user '{_connection.User}' (set NEO4J_USER and NEO4J_PASSWORD).");
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            }
            catch (JsonException)
            {
                throw new Neo4jProtocolException($"Neo4j answered {(int)response.StatusCode} with a body that is not JSON: {Shorten(text)}");
            }
            var affinityValue = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var result = new Neo4jResponse(document, affinityValue);
            if (!response.IsSuccessStatusCode)
            {
                using (result)
                {
                    Neo4jResponseReader.ThrowIfErrors(document.RootElement);
                    throw new Neo4jProtocolException($"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(text)}");
                }
            }
            return result;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private sealed class Neo4jResponse(JsonDocument document, string? affinity) : IDisposable
    {
        public JsonElement Root => document.RootElement;
        public string? Affinity => affinity;
        public void Dispose() => document.Dispose();
    }
}
