namespace RelationsGraph.Loading.Ingestion;

/// <summary>Expands the PATH arguments of `ingest`: files, directories (their article files, recursively) and globs.</summary>
public static class ArticlePaths
{
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".json"];

    /// <summary>The files in order, each once; Missing lists the arguments that matched nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var argument in arguments)
        {
            var matches = Match(argument);
            if (matches.Count == 0) missing.Add(argument);
            foreach (var file in matches)
                if (seen.Add(System.IO.Path.GetFullPath(file))) files.Add(file);
        }
        return (files, missing);
    }

    private static List<string> Match(string argument)
    {
        if (File.Exists(argument)) return [argument];
        if (Directory.Exists(argument))
            return Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(f => ArticleExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        if (argument.IndexOfAny(['*', '?']) < 0) return [];

        // A glob the shell did not expand: wildcards in the file name part only.
        var directory = System.IO.Path.GetDirectoryName(argument);
        var searchIn = string.IsNullOrEmpty(directory) ? "." : directory;
        if (!Directory.Exists(searchIn)) return [];
        return Directory.EnumerateFiles(searchIn, System.IO.Path.GetFileName(argument))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
