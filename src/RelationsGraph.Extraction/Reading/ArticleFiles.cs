namespace RelationsGraph.Extraction.Reading;

/// <summary>Expands command-line paths: files as given, directories to the article files under them.</summary>
public static class ArticleFiles
{
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".json" };

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
                    yield return file;
            }
            else yield return path;
        }
    }
}
