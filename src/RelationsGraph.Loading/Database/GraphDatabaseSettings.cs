namespace RelationsGraph.Loading.Database;

/// <summary>
/// Where the graph lives: the embedded store in DataDirectory (the default), or Neo4j when
/// Neo4jUri is set. Built from flags first, then the environment, then defaults.
/// </summary>
public sealed record GraphDatabaseSettings
{
    public const string DefaultDataDirectory = "data";

    public string DataDirectory { get; init; } = DefaultDataDirectory;
    public Uri? Neo4jUri { get; init; }
    public string Neo4jUser { get; init; } = "neo4j";
    public string? Neo4jPassword { get; init; }
    public string Neo4jDatabase { get; init; } = "neo4j";
    /// <summary>A Bearer token (NEO4J_TOKEN), sent instead of Basic auth when set.</summary>
    public string? Neo4jBearerToken { get; init; }

    /// <summary>Embedded store: open without changing any file; writes are refused.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>Embedded store: on a damaged log, keep what precedes the damage and report what was dropped.</summary>
    public bool Recover { get; init; }

    public bool UsesNeo4j => Neo4jUri is not null;

    /// <summary>
    /// Settings from explicit values (flags, a settings file) where given, else RELATIONSGRAPH_DATA,
    /// NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. An explicit data directory wins
    /// over NEO4J_URI in the environment, so `--data DIR` always means the embedded store.
    /// </summary>
    public static GraphDatabaseSettings Resolve(string? dataDirectory = null, string? neo4jUri = null,
        Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var uriText = dataDirectory is null ? neo4jUri ?? NonEmpty(environment("NEO4J_URI")) : neo4jUri;
        return new GraphDatabaseSettings
        {
            DataDirectory = dataDirectory ?? NonEmpty(environment("RELATIONSGRAPH_DATA")) ?? DefaultDataDirectory,
            Neo4jUri = uriText is null ? null : ParseNeo4jUri(uriText),
            Neo4jUser = NonEmpty(environment("NEO4J_USER")) ?? "neo4j",
            Neo4jPassword = NonEmpty(environment("NEO4J_PASSWORD")),
            Neo4jDatabase = NonEmpty(environment("NEO4J_DATABASE")) ?? "neo4j",
            Neo4jBearerToken = NonEmpty(environment("NEO4J_TOKEN")),
        };
    }

    /// <summary>
    /// The HTTP endpoint. A bolt:// or neo4j:// address means the same host on the HTTP port 7474; an
    /// encrypted one (neo4j+s://, as Aura gives) means HTTPS on 443 (Aura serves HTTPS on 443 only; a
    /// self-managed server on its own HTTPS port is given as https://host:7473).
    /// </summary>
    public static Uri ParseNeo4jUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{text}' is not an absolute Neo4j address such as http://localhost:7474.");
        return uri.Scheme switch
        {
            "http" or "https" => uri,
            "bolt" or "neo4j" => new UriBuilder("http", uri.Host, 7474).Uri,
            "bolt+s" or "neo4j+s" or "bolt+ssc" or "neo4j+ssc" => new UriBuilder("https", uri.Host, 443).Uri,
            _ => throw new ArgumentException($"'{text}': use an http(s):// address of Neo4j's HTTP server."),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
