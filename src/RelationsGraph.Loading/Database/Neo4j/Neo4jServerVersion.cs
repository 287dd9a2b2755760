using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Which Neo4j answers, read from its discovery document (GET / as JSON: neo4j_version), and whether
/// it is new enough: explicit transactions on the Query API (/query/v2/tx), which ingest uses,
/// arrived in Neo4j 5.26. Calendar versions (2025.01 and later) are newer still.
/// </summary>
internal static partial class Neo4jServerVersion
{
    public static readonly Version Minimum = new(5, 26);

    /// <summary>
    /// The server's version, or null when it publishes none (a proxy in front of it, a discovery
    /// document without a version). While the server refuses connections or answers 503 (starting),
    /// it is asked again until StartupWait has passed.
    /// </summary>
    public static async Task<string?> DiscoverAsync(HttpClient http, Neo4jConnection connection, TimeSpan startupWait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + startupWait;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, connection.DiscoveryUri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Authorization = connection.Authorization;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    return ReadVersion(await response.Content.ReadAsStringAsync(cancellationToken));
                if (DateTime.UtcNow >= deadline)
                    throw new CypherException("Neo4jError", "Neo.TransientError.General.DatabaseUnavailable", ErrorPhase.Runtime,
                        $"Neo4j at {Authority(connection)} still answered 503 (unavailable) after {startupWait.TotalSeconds:0} s.");
            }
            catch (HttpRequestException e) when (DateTime.UtcNow < deadline) { _ = e; }
            catch (HttpRequestException e) { throw Unreachable(connection.DiscoveryUri, e, startupWait); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return null; }
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    public static void EnsureSupported(string? version, Neo4jConnection connection)
    {
        if (version is null || Parse(version) is not { } parsed || parsed >= Minimum) return;
        throw new CypherException("Neo4jError", "Neo.ClientError.General.UnsupportedServerVersion", ErrorPhase.Runtime,
            $"Neo4j {version} at {Authority(connection)} is too old: the app needs Neo4j {Minimum} or later (or Aura), whose Query API " +
            "has the explicit transactions (/query/v2/tx) that loading uses. Upgrade the server, e.g. the image neo4j:5.26 in docker-compose.yml.");
    }

    public static CypherException Unreachable(Uri uri, HttpRequestException e, TimeSpan? waited = null) =>
        new("Neo4jError", "Neo.TransientError.General.DatabaseUnavailable", ErrorPhase.Runtime,
            $"Cannot reach Neo4j at {uri.GetLeftPart(UriPartial.Authority)}{(waited is { } w ? $" (waited {w.TotalSeconds:0} s for it to start)" : "")}: {e.Message}");

    /// <summary>"5.26.0", "5.26.3-aura", "2025.06.0": the major and minor numbers.</summary>
    public static Version? Parse(string version) =>
        VersionPattern().Match(version) is { Success: true } m
            ? new Version(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    private static string? ReadVersion(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("neo4j_version", out var version) && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : null;
        }
        catch (JsonException) { return null; }
    }

    private static string Authority(Neo4jConnection connection) => connection.BaseUri.GetLeftPart(UriPartial.Authority);

    [GeneratedRegex(@"^(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}
