using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Storage.FaultTests.Seam;

/// <summary>
/// The real file system plus a fault plan, plugged into the store's seam: a disk that fills up (a write
/// that does not fit lands partly, then fails with ENOSPC, as write(2) does), fsyncs that fail, and a
/// process that dies at a chosen mutating call (a write it dies in reaches the file only in part; after
/// that every call fails, as nothing more of a dead process reaches the disk), optionally as a power cut
/// that also loses whatever was not fsynced.
/// </summary>
internal sealed class FaultyFileSystem : IStorageFileSystem
{
    private readonly IStorageFileSystem real = OsFileSystem.Instance;

    /// <summary>Bytes the disk can still grow by; null is unlimited. Set it back to null to free space.</summary>
    public long? SpaceLeft { get; set; }
    /// <summary>Whether the n-th fsync (1-based, files and directories) fails.</summary>
    public Func<int, bool> SyncFails { get; set; } = _ => false;
    /// <summary>The 1-based mutating call at which the process dies; null for never.</summary>
    public int? CrashAtOperation { get; set; }
    /// <summary>How many bytes of the write the process dies in reach the file.</summary>
    public int TornWriteBytes { get; set; }

    /// <summary>
    /// A crash is a power cut: what was not fsynced is lost too, namely file contents written since the
    /// file's last fsync, and creations, renames and deletions since the directory's last fsync.
    /// </summary>
    public bool PowerCut { get; init; }

    public int Operations { get; private set; }
    public int Syncs { get; private set; }
    public long BytesWritten { get; private set; }
    public bool Crashed { get; private set; }

    public bool Exists(string path) { EnsureAlive(); return real.Exists(path); }

    public IStorageFile OpenRead(string path) { EnsureAlive(); return new FaultyFile(this, real.OpenRead(path), Node(path)); }

    public IStorageFile OpenWrite(string path, bool truncate)
    {
        Mutate();
        var freed = truncate && real.Exists(path) ? new FileInfo(path).Length : 0;
        var file = real.OpenWrite(path, truncate);
        Release(freed);
        return new FaultyFile(this, file, Node(path));
    }

    public void Delete(string path)
    {
        Mutate();
        var freed = real.Exists(path) ? new FileInfo(path).Length : 0;
        real.Delete(path);
        Release(freed);
        names.Remove(path);
    }

    public void Replace(string source, string destination)
    {
        Mutate();
        var freed = real.Exists(destination) ? new FileInfo(destination).Length : 0;
        real.Replace(source, destination);
        Release(freed);
        if (names.Remove(source, out var moved)) names[destination] = moved;
    }

    public void SyncDirectory(string path)
    {
        Mutate();
        Sync();
        real.SyncDirectory(path);
        durableNames = new Dictionary<string, Inode>(names);
    }

    /// <summary>Cuts the power now (the workload is over): the directory becomes what was durable.</summary>
    public void CutPowerNow()
    {
        Crashed = true;
        LoseWhatWasNotSynced();
    }

    // The power-cut model: which file each name points at, now and as of the last directory fsync, and
    // each file's content as of its last fsync.
    private sealed class Inode { public byte[] Durable = []; }
    private readonly Dictionary<string, Inode> names = [];
    private Dictionary<string, Inode> durableNames = [];

    private Inode Node(string path)
    {
        if (!names.TryGetValue(path, out var inode)) names[path] = inode = new Inode();
        return inode;
    }

    private void LoseWhatWasNotSynced()
    {
        if (!PowerCut) return;
        foreach (var path in names.Keys.Union(durableNames.Keys)) File.Delete(path);
        foreach (var (path, inode) in durableNames) File.WriteAllBytes(path, inode.Durable);
    }

    private void Sync()
    {
        Syncs++;
        if (SyncFails(Syncs)) throw new IOException("fsync failed: Input/output error (injected)");
    }

    private void Mutate()
    {
        EnsureAlive();
        Operations++;
        if (Operations == CrashAtOperation) Die();
    }

    private void EnsureAlive()
    {
        if (Crashed) throw new IOException("the process is dead (injected crash)");
    }

    private IOException Die()
    {
        Crashed = true;
        LoseWhatWasNotSynced();
        throw new IOException($"the process died at operation {Operations} (injected crash)");
    }

    private void Release(long bytes)
    {
        if (SpaceLeft is { } left) SpaceLeft = left + bytes;
    }

    private sealed class FaultyFile(FaultyFileSystem owner, IStorageFile file, Inode inode) : IStorageFile
    {
        public string Path => file.Path;
        public long Length { get { owner.EnsureAlive(); return file.Length; } }

        public int Read(long offset, Span<byte> buffer) { owner.EnsureAlive(); return file.Read(offset, buffer); }

        public void Write(long offset, ReadOnlySpan<byte> data)
        {
            owner.EnsureAlive();
            owner.Operations++;
            if (owner.Operations == owner.CrashAtOperation)
            {
                var torn = Math.Min(owner.TornWriteBytes, data.Length);
                if (torn > 0) file.Write(offset, data[..torn]);
                owner.Die();
            }
            var growth = Math.Max(0, offset + data.Length - file.Length);
            if (owner.SpaceLeft is { } left && growth > left)
            {
                var fits = (int)Math.Max(0, file.Length + left - offset);
                if (fits > 0) file.Write(offset, data[..fits]);
                owner.SpaceLeft = 0;
                throw new IOException("No space left on device (injected)");
            }
            file.Write(offset, data);
            owner.BytesWritten += data.Length;
            if (owner.SpaceLeft is { } before) owner.SpaceLeft = before - growth;
        }

        public void SetLength(long length)
        {
            owner.Mutate();
            var change = length - file.Length;
            if (owner.SpaceLeft is { } left && change > left) throw new IOException("No space left on device (injected)");
            file.SetLength(length);
            if (owner.SpaceLeft is { } before) owner.SpaceLeft = before - change;
        }

        public void Sync()
        {
            owner.Mutate();
            owner.Sync();
            file.Sync();
            var content = new byte[file.Length];
            file.Read(0, content);
            inode.Durable = content;
        }

        public void Dispose() => file.Dispose();
    }
}
