namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// An exclusively opened lock file: .NET takes an advisory flock for FileShare.None on Unix, which the
/// kernel drops when the process dies, so a crashed writer never leaves the directory locked.
/// </summary>
internal static class DirectoryLock
{
    public const string FileName = "store.lock";

    public static FileStream Acquire(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var owner = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
            stream.Write(owner);
            stream.Flush();
            return stream;
        }
        catch (IOException e)
        {
            throw new IOException($"The database directory '{directory}' is already open in another process or store.", e);
        }
    }
}
