using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Storage;

/// <summary>Tuning for a durable store.</summary>
public sealed record GraphStoreOptions
{
    /// <summary>Once the log outgrows this many bytes, a commit writes a snapshot and empties the log.</summary>
    public long CheckpointThresholdBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Open without changing any file (a torn tail stays as it is); writes are refused. Other read-only openers may share the directory, a writer may not.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>On a damaged log, keep the transactions before the damage instead of refusing to open; see <see cref="GraphStore.RecoveryReport"/>.</summary>
    public bool Recover { get; init; }

    /// <summary>The file system seam; tests put a fault-injecting one here.</summary>
    internal IStorageFileSystem FileSystem { get; init; } = OsFileSystem.Instance;
}
