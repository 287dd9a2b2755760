// Crash-test writer: appends transactions to a data directory forever and prints each transaction's
// number on stdout once Commit has returned (that is, once it is durable). The test kills it with SIGKILL.
// Usage: RelationsGraph.Storage.CrashHarness <directory> [checkpoint-threshold-bytes]
using RelationsGraph.Cypher.Storage;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: RelationsGraph.Storage.CrashHarness <directory> [checkpoint-threshold-bytes]");
    return 2;
}

var options = new GraphStoreOptions { CheckpointThresholdBytes = args.Length > 1 ? long.Parse(args[1]) : 64 * 1024 };
using var store = GraphStore.Open(args[0], options);

// A restarted writer carries on after the last batch the previous run got to commit.
long next;
using (var read = store.BeginRead())
    next = read.NodesWithLabel(CrashWorkload.BatchLabel).Select(n => (long)n.Properties[CrashWorkload.Key]!).DefaultIfEmpty(0).Max() + 1;

for (var number = next; ; number++)
{
    using var transaction = store.BeginWrite();
    CrashWorkload.WriteBatch(transaction, number);
    transaction.Commit();
    Console.Out.WriteLine(number);
}

/// <summary>What one crash-test transaction writes: a batch node linked to a few items, all tagged with its number.</summary>
internal static class CrashWorkload
{
    public const string BatchLabel = "Batch";
    public const string Key = "tx";
    public const int ItemsPerBatch = 3;

    public static void WriteBatch(IGraphWriter writer, long number)
    {
        var batch = writer.CreateNode([BatchLabel], [new(Key, number)]);
        for (var i = 0; i < ItemsPerBatch; i++)
        {
            var item = writer.CreateNode(["Item"], [new(Key, number), new("position", (long)i), new("payload", new string('x', 200))]);
            writer.CreateRelationship(batch, item, "HAS", [new("position", (long)i)]);
        }
    }
}
