namespace RelationsGraph.Fuzz;

/// <summary>The seed inputs: every *.cypher file of a folder, one query per line ('//' lines are comments).</summary>
internal static class Corpus
{
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>The expensive seeds (files named hostile*), which mostly run until a limit stops them.</summary>
    public static bool IsHostile(string file) => Path.GetFileName(file).StartsWith("hostile", StringComparison.Ordinal);

    public static IReadOnlyList<string> Load(string directory, Func<string, bool>? files = null)
    {
        var queries = Directory.EnumerateFiles(directory, "*.cypher", SearchOption.AllDirectories)
            .Where(files ?? (_ => true))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .ToList();
        if (queries.Count == 0) throw new InvalidOperationException($"No queries in {directory}");
        return queries;
    }

    /// <summary>One file per query, the layout AFL's -i folder wants.</summary>
    public static void Export(IReadOnlyList<string> queries, string directory)
    {
        Directory.CreateDirectory(directory);
        for (var i = 0; i < queries.Count; i++) File.WriteAllText(Path.Combine(directory, $"seed-{i:D4}.cypher"), queries[i]);
    }
}
