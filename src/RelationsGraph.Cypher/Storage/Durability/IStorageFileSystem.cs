namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// The few file operations durability rests on, behind one seam (ports and adapters) so that tests can
/// inject the faults real disks have: a full disk, a failed fsync, a write torn by a crash, a crash
/// between two calls. Production uses <see cref="OsFileSystem"/>; nothing here buffers in user space,
/// so a failed call leaves no bytes waiting to be written later.
/// </summary>
internal interface IStorageFileSystem
{
    bool Exists(string path);

    /// <summary>Opens an existing file for reading only; the file is never changed through it.</summary>
    IStorageFile OpenRead(string path);

    /// <summary>Opens a file for reading and writing, creating it (empty) when missing; truncate empties an existing one.</summary>
    IStorageFile OpenWrite(string path, bool truncate);

    void Delete(string path);

    /// <summary>Atomically renames source over destination (rename(2)).</summary>
    void Replace(string source, string destination);

    /// <summary>fsync of a directory, so that creations and renames in it survive a power cut.</summary>
    void SyncDirectory(string path);
}

/// <summary>One open file, addressed by offset (pread/pwrite), with an explicit fsync.</summary>
internal interface IStorageFile : IDisposable
{
    string Path { get; }
    long Length { get; }
    /// <summary>Reads up to buffer's length at offset; fewer bytes only at end of file.</summary>
    int Read(long offset, Span<byte> buffer);
    void Write(long offset, ReadOnlySpan<byte> data);
    void SetLength(long length);
    /// <summary>fsync: returns once everything written is on stable storage.</summary>
    void Sync();
}
