namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// A lock file held open: .NET takes an advisory flock (exclusive for FileShare.None, shared for a
/// read-only FileShare.Read), which the kernel drops when the process dies, so a crashed writer never
/// leaves the directory locked. One writer, or any number of read-only openers, never both.
/// </summary>
internal static class DirectoryLock
{
    public const string FileName = "store.lock";

    public static FileStream? Acquire(string directory, bool shared)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        try
        {
            if (shared)
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.Read);
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var owner = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
            stream.Write(owner);
            stream.Flush();
            return stream;
        }
        catch (UnauthorizedAccessException) when (shared)
        {
            return null; // read-only media: no writer can be there either
        }
        catch (IOException e)
        {
            throw new IOException($"The database directory '{directory}' is already open in another process or store.", e);
        }
    }
}
