using System.Net;
using System.Reflection;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Web;

/// <summary>Everything `serve` needs to start the explorer; tests build one directly.</summary>
public sealed record ExplorerSettings
{
    public const string TokenVariable = "RELATIONSGRAPH_TOKEN";

    /// <summary>Where Kestrel listens; loopback unless told otherwise (port 0 picks a free port).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    public required GraphDatabaseSettings Database { get; init; }
    /// <summary>Load the articles of this folder at start-up (unchanged ones are skipped).</summary>
    public string? SamplesDirectory { get; init; }
    /// <summary>Load SamplesDirectory only when the store holds no article yet (the first run).</summary>
    public bool SamplesOnlyWhenEmpty { get; init; }
    /// <summary>Host names answered besides the loopback ones (see AllowedHostNames); null: the AllowedHosts setting, else the bound addresses.</summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }
    /// <summary>Required for the console and uploads when bound beyond loopback.</summary>
    public string? Token { get; init; }
    public string WebRoot { get; init; } = DefaultWebRoot();
    public long MaxUploadBytes { get; init; } = 2 * 1024 * 1024;
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public int MaxRows { get; init; } = 1000;
    /// <summary>When set, the served Neo4j Query API (/db/neo4j/query/v2) asks for Basic auth as user neo4j with this password.</summary>
    public string? QueryApiPassword { get; init; }
    /// <summary>An open Query API transaction idle this long is rolled back, releasing the store's writer.</summary>
    public TimeSpan QueryApiTransactionIdle { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Estimated memory one explorer query may hold (the engine's MaxMemoryBytes; Neo4j's db.memory.transaction.max).</summary>
    public long QueryMemoryBytes { get; init; } = 256L << 20;
    /// <summary>Estimated size of one explorer result, and of any one value in it.</summary>
    public long MaxResultBytes { get; init; } = 32L << 20;
    public long MaxValueBytes { get; init; } = 16L << 20;

    public static readonly IReadOnlyList<string> UploadExtensions = [".txt", ".md", ".html", ".json"];

    /// <summary>True when every address is a loopback one, so only this machine can reach the server.</summary>
    public bool IsLoopbackOnly => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopbackUrl);

    public static bool IsLoopbackUrl(string url)
    {
        // Kestrel accepts "http://*:80" and "http://+:80", which Uri does not parse as hosts.
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The repository's wwwroot/ recorded at build time, else ./wwwroot.</summary>
    private static string DefaultWebRoot()
    {
        var recorded = typeof(ExplorerSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ExplorerWebRoot")?.Value;
        var local = Path.GetFullPath("wwwroot");
        if (Directory.Exists(Path.Combine(local, "js")) || recorded is null || !Directory.Exists(recorded)) return local;
        return recorded;
    }

    /// <summary>The repository's samples/ (next to wwwroot/), else ./samples.</summary>
    public static string DefaultSamplesDirectory()
    {
        var local = Path.GetFullPath("samples");
        if (Directory.Exists(local)) return local;
        var beside = Path.GetFullPath(Path.Combine(DefaultWebRoot(), "..", "samples"));
        return Directory.Exists(beside) ? beside : local;
    }
}
