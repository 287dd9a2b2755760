using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Storage;

/// <summary>Tuning for a durable store.</summary>
public sealed record GraphStoreOptions
{
    /// <summary>
    /// Once the log outgrows this many bytes, a commit writes a snapshot and empties the log. Unset: the larger of
    /// 64 MB and the last snapshot this store wrote, so a bulk load's checkpoints come at sizes that grow with the graph
    /// (each writes the whole graph: at a fixed size, a 10M-relationship load wrote it six times) and a recovery
    /// replays at most about as many log bytes as the snapshot holds.
    /// </summary>
    public long? CheckpointThresholdBytes { get; init; }

    /// <summary>The least log size that checkpoints when CheckpointThresholdBytes is unset; tests lower it.</summary>
    internal long CheckpointFloorBytes { get; init; } = 64L << 20;

    /// <summary>Open without changing any file (a torn tail stays as it is); writes are refused. Other read-only openers may share the directory, a writer may not.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>On a damaged log, keep the transactions before the damage instead of refusing to open; see <see cref="GraphStore.RecoveryReport"/>.</summary>
    public bool Recover { get; init; }

    /// <summary>The file system seam; tests put a fault-injecting one here.</summary>
    internal IStorageFileSystem FileSystem { get; init; } = OsFileSystem.Instance;
}
