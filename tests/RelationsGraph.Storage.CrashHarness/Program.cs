// Crash-test writer: appends transactions to a data directory forever and prints each transaction's
// number on stdout once it has committed (that is, once it is durable). The test kills it with SIGKILL.
// Usage: RelationsGraph.Storage.CrashHarness <directory> <store|cypher> [checkpoint-threshold-bytes]
//   store:  the storage API directly, with the given (small) checkpoint threshold so checkpoints happen under load
//   cypher: one auto-commit UNWIND ... MERGE statement per transaction through GraphDatabase
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Storage.CrashHarness;

if (args.Length < 2 || args[1] is not ("store" or "cypher"))
{
    Console.Error.WriteLine("usage: RelationsGraph.Storage.CrashHarness <directory> <store|cypher> [checkpoint-threshold-bytes]");
    return 2;
}

if (args[1] == "cypher")
{
    CypherWriter.Run(args[0]);
    return 0;
}

var options = new GraphStoreOptions { CheckpointThresholdBytes = args.Length > 2 ? long.Parse(args[2]) : 64 * 1024 };
using var store = GraphStore.Open(args[0], options);
for (var number = CrashWorkload.NextNumber(store); ; number++)
{
    using var transaction = store.BeginWrite();
    CrashWorkload.WriteBatch(transaction, number);
    transaction.Commit();
    Console.Out.WriteLine(number);
}
