using Microsoft.Win32.SafeHandles;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>The real file system: positional reads and writes straight to the kernel, fsync through FlushToDisk.</summary>
internal sealed class OsFileSystem : IStorageFileSystem
{
    public static readonly OsFileSystem Instance = new();

    // Exclusion between processes is the directory lock's job; data files share freely.
    private const FileShare Sharing = FileShare.ReadWrite | FileShare.Delete;

    public bool Exists(string path) => File.Exists(path);

    public IStorageFile OpenRead(string path) => new OsFile(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, Sharing));

    public IStorageFile OpenWrite(string path, bool truncate) =>
        new OsFile(path, File.OpenHandle(path, truncate ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.ReadWrite, Sharing));

    public void Delete(string path) => File.Delete(path);

    public void Replace(string source, string destination) => File.Move(source, destination, overwrite: true);

    public void SyncDirectory(string path) => FileSync.Directory(path);

    private sealed class OsFile(string path, SafeFileHandle handle) : IStorageFile
    {
        public string Path { get; } = path;
        public long Length => RandomAccess.GetLength(handle);
        public int Read(long offset, Span<byte> buffer)
        {
            var total = 0;
            while (total < buffer.Length)
            {
                var read = RandomAccess.Read(handle, buffer[total..], offset + total);
                if (read == 0) break;
                total += read;
            }
            return total;
        }
        public void Write(long offset, ReadOnlySpan<byte> data) => RandomAccess.Write(handle, data, offset);
        public void SetLength(long length) => RandomAccess.SetLength(handle, length);
        public void Sync() => RandomAccess.FlushToDisk(handle);
        public void Dispose() => handle.Dispose();
    }
}
