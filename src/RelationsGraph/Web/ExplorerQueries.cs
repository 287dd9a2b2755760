using System.Collections.Concurrent;
using System.Text;

namespace RelationsGraph.Web;

/// <summary>
/// The explorer's own read statements (Web/Queries/*.cypher, embedded), for the views the shared
/// catalog in cypher/ has no statement for. Header comment lines are stripped as the catalog does.
/// </summary>
internal static class ExplorerQueries
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(ExplorerQueries).Assembly.GetManifestResourceStream($"explorer/{n}.cypher")
            ?? throw new KeyNotFoundException($"No explorer statement {n}.cypher.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Trim();
    });
}
