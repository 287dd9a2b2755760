using IOPath = System.IO.Path;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>
/// Resolves LOAD CSV URLs as Neo4j does with server.directories.import: file:///a/b.csv names
/// IMPORT/a/b.csv; a path that leads outside the import directory, a file URL with no import directory
/// configured, and any other scheme are refused (Neo.ClientError.Statement.ExternalResourceFailed).
/// </summary>
internal static class ImportFiles
{
    private const string Code = "Neo.ClientError.Statement.ExternalResourceFailed";

    public static string Resolve(string url, string? importDirectory)
    {
        if (!url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var scheme = url.IndexOf(':') is var colon and > 0 ? url[..colon] : url;
            throw Failed($"Cannot load from URL '{url}': loading resources via protocol '{scheme}' is not permitted by the embedded store; use a file:/// URL inside the import directory.");
        }
        if (importDirectory is null)
            throw Failed($"Cannot load from URL '{url}': file URLs are disabled because no import directory is configured (QueryOptions.ImportDirectory, Neo4j's server.directories.import).");

        var path = Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/', '\\');
        var root = IOPath.GetFullPath(importDirectory);
        string resolved;
        try { resolved = IOPath.GetFullPath(IOPath.Combine(root, path)); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Failed($"Cannot load from URL '{url}': {e.Message}");
        }
        var inside = root.EndsWith(IOPath.DirectorySeparatorChar) ? root : root + IOPath.DirectorySeparatorChar;
        if (!resolved.StartsWith(inside, StringComparison.Ordinal))
            throw Failed($"Cannot load from URL '{url}': file URL points outside configured import directory");
        return resolved;
    }

    public static TextReader Open(string url, string path)
    {
        try
        {
            return new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed($"Couldn't load the external resource at: {url}");
        }
    }

    public static CypherException Failed(string message) => new("Neo4jError", Code, ErrorPhase.Runtime, message);
}
