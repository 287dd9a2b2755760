using System.CommandLine;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Commands;

/// <summary>What the store verbs (query, serve, ingest) share about opening the embedded store: --recover, and exit code 3 when it refuses to open.</summary>
internal static class StoreOpening
{
    /// <summary>A data file of the embedded store is damaged or missing; nothing was opened or changed.</summary>
    public const int DamagedStoreExitCode = 3;

    public static Option<bool> RecoverOption() => new("--recover")
    {
        Description = "Embedded store: if the write-ahead log is damaged, keep the transactions before the damage (the rest is saved beside the log) instead of refusing to open.",
    };

    /// <summary>Prints the refusal without a stack trace and says what the user can do; returns the exit code.</summary>
    public static int ReportDamage(string verb, DamagedStoreException e)
    {
        Console.Error.WriteLine($"{verb}: {e.Message}");
        var isLog = Path.GetFileName(e.FilePath) == "graph.wal";
        Console.Error.WriteLine(isLog
            ? $"{verb}: the store was not opened and nothing was changed. To open the transactions before the damage, run again with --recover; opened for writing, the store then moves the rest to a file beside the log."
            : $"{verb}: the store was not opened and nothing was changed. The snapshot cannot be rebuilt from the log; restore it from a backup.");
        return DamagedStoreExitCode;
    }

    /// <summary>After a --recover opening, says on stderr what was dropped.</summary>
    public static void ReportRecovery(string verb, IGraphDatabasePort database)
    {
        if (database is EmbeddedGraphDatabase { RecoveryReport: { } report }) Console.Error.WriteLine($"{verb}: recovered: {report}");
    }
}
