using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Storage.CrashHarness;

/// <summary>What one crash-test transaction writes: a batch node linked to a few items, all tagged with its number.</summary>
internal static class CrashWorkload
{
    public const string BatchLabel = "Batch";
    public const string Key = "tx";
    public const int ItemsPerBatch = 3;
    public static readonly string Payload = new('x', 200);

    /// <summary>A restarted writer carries on after the last batch the previous run got to commit.</summary>
    public static long NextNumber(IGraphStore store)
    {
        using var read = store.BeginRead();
        return read.NodesWithLabel(BatchLabel).Select(n => (long)read.PropertiesOf(n)[Key]!).DefaultIfEmpty(0).Max() + 1;
    }

    public static void WriteBatch(IGraphWriter writer, long number)
    {
        var batch = writer.CreateNode([BatchLabel], [new(Key, number)]);
        for (var i = 0; i < ItemsPerBatch; i++)
        {
            var item = writer.CreateNode(["Item"], [new(Key, number), new("position", (long)i), new("payload", Payload)]);
            writer.CreateRelationship(batch, item, "HAS", [new("position", (long)i)]);
        }
    }
}
