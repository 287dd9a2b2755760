namespace RelationsGraph.Storage.FaultTests.Seam;

/// <summary>A fresh directory, in RAM (/dev/shm) where there is one: the faults are injected, not waited for, so real fsyncs would only cost time.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(root, "rg-faults-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Empties the directory for the next trial.</summary>
    public void Clear()
    {
        foreach (var file in Directory.GetFiles(Path)) System.IO.File.Delete(file);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover scratch folder is harmless */ }
    }
}
