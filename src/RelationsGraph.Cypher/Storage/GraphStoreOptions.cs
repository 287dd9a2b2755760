namespace RelationsGraph.Cypher.Storage;

/// <summary>Tuning for a durable store.</summary>
public sealed record GraphStoreOptions
{
    /// <summary>Once the log outgrows this many bytes, a commit writes a snapshot and empties the log.</summary>
    public long CheckpointThresholdBytes { get; init; } = 64L * 1024 * 1024;
}
