using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Web;

/// <summary>
/// Loads articles sent from the page: checks type and size, keeps the file in an uploads folder
/// (the article's path in the graph), and runs the shared loader one file at a time.
/// </summary>
internal sealed class ArticleUploads(ArticleLoader loader, ExplorerSettings settings, UploadFiles files)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly string _folder = Path.Combine(
        settings.Database.UsesNeo4j ? Path.GetTempPath() : Path.GetFullPath(settings.Database.DataDirectory), "uploads");

    public sealed record Outcome(string File, string Status, int Entities, int Relationships, int NodesCreated, int RelationshipsCreated, string? Error);

    /// <summary>Why the file cannot be loaded, or null when it may be.</summary>
    public string? Refusal(string fileName, long length)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ExplorerSettings.UploadExtensions.Contains(extension))
            return $"'{fileName}': only {string.Join(", ", ExplorerSettings.UploadExtensions)} files can be loaded.";
        if (length > settings.MaxUploadBytes)
            return $"'{fileName}' is {length / 1024.0:0.#} KiB; the limit is {settings.MaxUploadBytes / 1024} KiB.";
        if (length == 0) return $"'{fileName}' is empty.";
        return null;
    }

    public async Task<Outcome> LoadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = SafeName(file.FileName);
        if (Refusal(name, file.Length) is { } refusal) return new Outcome(name, "Refused", 0, 0, 0, 0, refusal);

        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, name);
        await using (var target = files.Create(path))
            await file.CopyToAsync(target, cancellationToken);

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var result = await loader.LoadFileAsync(path, cancellationToken);
            return new Outcome(name, result.Status.ToString(), result.Entities, result.Relationships,
                result.NodesCreated, result.RelationshipsCreated, result.Error);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The file name alone, stripped of any folder and of characters unsafe in a path.</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return string.IsNullOrWhiteSpace(name) || name.StartsWith('.') ? "article" + name : name;
    }
}
