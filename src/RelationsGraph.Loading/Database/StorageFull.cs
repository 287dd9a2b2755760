namespace RelationsGraph.Loading.Database;

/// <summary>
/// Tells a full disk (or an exhausted quota) from other failures, wherever it surfaces: writing an
/// uploaded file, buffering a request, or a store's commit, raw or wrapped. Callers answer it as
/// "no space", not as a failed article or a server bug.
/// </summary>
public static class StorageFull
{
    // ENOSPC and EDQUOT on Linux (28, 122) and macOS (28, 69); ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly HashSet<int> Codes = [28, 122, 69, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    private static readonly string[] Phrases = ["No space left on device", "Disk quota exceeded", "not enough space on the disk", "disk is full"];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException && Codes.Contains(e.HResult)) return true;
            if (Phrases.Any(p => e.Message.Contains(p, StringComparison.OrdinalIgnoreCase))) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is)) return true;
        }
        return false;
    }
}
