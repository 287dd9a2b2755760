namespace RelationsGraph.Loading.Ingestion;

public enum FileLoadStatus { Loaded, Unchanged, Failed }

/// <summary>
/// What loading one file did; Error says why it failed. NodesCreated and RelationshipsCreated are
/// known per file only when it was written in a transaction of its own (LoadFileAsync, or the retry
/// after a failed batch); otherwise they are 0 and the summary holds the batch totals. ArticleId is the
/// id a loaded article was given (see ArticleIdentity).
/// </summary>
public sealed record FileLoadResult(string Path, FileLoadStatus Status, int Entities = 0, int Relationships = 0,
    int NodesCreated = 0, int RelationshipsCreated = 0, string? Error = null, string? ArticleId = null);

/// <summary>The totals of one load run.</summary>
public sealed record LoadSummary(IReadOnlyList<FileLoadResult> Files, TimeSpan Elapsed, int NodesCreated, int RelationshipsCreated)
{
    public int Loaded => Files.Count(f => f.Status == FileLoadStatus.Loaded);
    public int Unchanged => Files.Count(f => f.Status == FileLoadStatus.Unchanged);
    public int Failed => Files.Count(f => f.Status == FileLoadStatus.Failed);
    public int Entities => Files.Sum(f => f.Entities);
    public int Relationships => Files.Sum(f => f.Relationships);
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Files.Count / Elapsed.TotalSeconds : 0;
}
