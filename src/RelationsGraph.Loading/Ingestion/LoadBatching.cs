namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// How the loader groups articles into transactions. A commit costs an fsync, so one per article
/// caps the rate at the disk's sync rate; a batch shares it. The wait bound keeps progress moving
/// when extraction is slower than writing: a batch is written once it is full or once its first
/// article has waited MaxWait for the rest.
/// </summary>
public sealed record LoadBatching
{
    public static readonly LoadBatching Default = new();
    /// <summary>One transaction per article: what LoadFileAsync and the retry after a failed batch use.</summary>
    public static readonly LoadBatching Single = new() { MaxArticles = 1 };

    public int MaxArticles { get; init; } = 64;
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(200);
}
