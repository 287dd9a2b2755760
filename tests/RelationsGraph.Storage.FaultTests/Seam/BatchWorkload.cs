using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Storage.FaultTests.Seam;

/// <summary>
/// Numbered transactions whose effects can be checked whole: transaction n creates a Batch {n} with two
/// Items, and sets the one Counter's `last` to n, so a commit rolled back in memory but not on disk (or
/// the reverse) shows up as a wrong counter or a stray batch.
/// </summary>
internal static class BatchWorkload
{
    private const int ItemsPerBatch = 2;

    public static void Write(IWriteTransaction transaction, long n)
    {
        var counter = transaction.NodesWithLabel("Counter").SingleOrDefault()
            ?? transaction.CreateNode(["Counter"], []);
        transaction.SetProperty(counter, "last", n);
        var batch = transaction.CreateNode(["Batch"], [new("n", n), new("padding", new string('p', 40))]);
        for (var i = 0; i < ItemsPerBatch; i++)
        {
            var item = transaction.CreateNode(["Item"], [new("n", n)]);
            transaction.CreateRelationship(batch, item, "HAS", []);
        }
    }

    /// <summary>Commits transaction n; true once acknowledged, false when the commit failed with an IOException.</summary>
    public static bool TryCommit(GraphStore store, long n)
    {
        try
        {
            using var transaction = store.BeginWrite();
            Write(transaction, n);
            transaction.Commit();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The batch numbers in the store, after checking every batch is whole and the counter is the last one.</summary>
    public static SortedSet<long> Batches(GraphStore store)
    {
        using var read = store.BeginRead();
        var batches = new SortedSet<long>();
        foreach (var batch in read.NodesWithLabel("Batch"))
        {
            var n = (long)batch.Properties["n"]!;
            var items = read.Relationships(batch, Direction.Outgoing, ["HAS"]).Select(r => r.End).ToList();
            Assert.True(items.Count == ItemsPerBatch && items.All(i => Equals(i.Properties["n"], n)), $"batch {n} is partial");
            Assert.True(batches.Add(n), $"batch {n} appears twice");
        }
        var counters = read.NodesWithLabel("Counter").ToList();
        if (batches.Count == 0) Assert.Empty(counters);
        else Assert.Equal(batches.Max, (long)Assert.Single(counters).Properties["last"]!);
        Assert.Equal(batches.Count * (1 + ItemsPerBatch) + counters.Count, read.NodeCount);
        Assert.Equal(batches.Count * ItemsPerBatch, read.RelationshipCount);
        return batches;
    }

    /// <summary>Asserts the store holds every acknowledged transaction and nothing else, but for at most the one whose outcome was in doubt.</summary>
    public static void AssertExactly(GraphStore store, IReadOnlyCollection<long> acknowledged, long? inDoubt, string trial)
    {
        var found = Batches(store);
        var missing = acknowledged.Where(n => !found.Contains(n)).ToList();
        var extra = found.Where(n => !acknowledged.Contains(n) && n != inDoubt).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{trial}: acknowledged lost [{string.Join(",", missing)}], unacknowledged present [{string.Join(",", extra)}]");
    }
}
