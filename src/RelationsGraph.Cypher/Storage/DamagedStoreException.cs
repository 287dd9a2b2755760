namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A data file failed its checks (or is missing while another file needs it), so the store refuses to
/// open rather than serve a graph that silently lacks acknowledged transactions. Names the file and,
/// where known, the byte offset at which the damage starts.
/// </summary>
public sealed class DamagedStoreException : IOException
{
    public DamagedStoreException(string filePath, long? offset, string problem, Exception? inner = null)
        : base(Describe(filePath, offset, problem), inner)
    {
        FilePath = filePath;
        Offset = offset;
        Problem = problem;
    }

    public string FilePath { get; }
    /// <summary>Where the damage starts; null when the file is missing or the position is unknown.</summary>
    public long? Offset { get; }
    public string Problem { get; }

    private static string Describe(string filePath, long? offset, string problem) =>
        offset is { } at ? $"{filePath}: damaged at byte {at}: {problem}" : $"{filePath}: {problem}";
}
