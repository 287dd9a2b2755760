using RelationsGraph.Cypher;

namespace RelationsGraph.Storage.CrashHarness;

/// <summary>The same workload as Cypher statements: each Execute is one auto-commit transaction.</summary>
internal static class CypherWriter
{
    private const string WriteBatch =
        "UNWIND $positions AS position " +
        "MERGE (b:Batch {tx: $tx}) " +
        "MERGE (b)-[:HAS {position: position}]->(:Item {tx: $tx, position: position, payload: $payload})";

    public static void Run(string directory)
    {
        using var database = GraphDatabase.Open(directory);
        var last = database.Execute($"MATCH (b:{CrashWorkload.BatchLabel}) RETURN max(b.{CrashWorkload.Key})").Rows[0][0];
        var positions = Enumerable.Range(0, CrashWorkload.ItemsPerBatch).Select(i => (object?)(long)i).ToList();
        for (var number = (last is long l ? l : 0) + 1; ; number++)
        {
            database.Execute(WriteBatch, new Dictionary<string, object?>
            {
                ["positions"] = positions,
                ["tx"] = number,
                ["payload"] = CrashWorkload.Payload,
            });
            Console.Out.WriteLine(number);
        }
    }
}
