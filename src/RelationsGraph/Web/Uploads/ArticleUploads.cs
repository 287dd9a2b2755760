using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Web.Uploads;

/// <summary>
/// Loads articles sent from the page: checks name, type and size, keeps the file (see UploadFiles;
/// its path is the article's path in the graph) and runs the shared loader, one file at a time.
/// Only a file that became an article stays: a failed load, or a text loaded already, leaves none.
/// </summary>
internal sealed class ArticleUploads(ArticleLoader loader, ExplorerSettings settings, UploadFiles files)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public sealed record Outcome(string File, string Status, int Entities, int Relationships, int NodesCreated, int RelationshipsCreated,
        string? Error, string? ArticleId = null);

    public UploadRefusal? Refusal(IFormFile file) => UploadRefusal.For(SafeName(file.FileName), file.Length, settings.MaxUploadBytes);

    public async Task<Outcome> LoadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = SafeName(file.FileName);
        if (UploadRefusal.For(name, file.Length, settings.MaxUploadBytes) is { } refusal)
            return new Outcome(name, "Refused", 0, 0, 0, 0, refusal.Detail);

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var stored = await files.StoreAsync(file, name, cancellationToken);
            FileLoadResult result;
            try
            {
                result = await loader.LoadFileAsync(stored.Path, cancellationToken);
            }
            catch
            {
                files.Remove(stored);
                throw;
            }
            if (result.Status != FileLoadStatus.Loaded) files.Remove(stored);
            return new Outcome(name, result.Status.ToString(), result.Entities, result.Relationships,
                result.NodesCreated, result.RelationshipsCreated, result.Error, result.ArticleId);
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
