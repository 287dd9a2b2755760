using System.Diagnostics;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Readers walk the store's structures without locks while the writer grows and shrinks them; every
/// answer a reader gives must agree with every other answer at its snapshot, however the writer moves.
/// </summary>
public sealed class SnapshotConsistencyTests
{
    [Fact]
    public async Task Counts_scans_degrees_and_seeks_agree_within_each_snapshot_while_a_writer_churns()
    {
        using var store = GraphStore.CreateInMemory();
        NodeEntity hub = null!;
        store.Write(tx =>
        {
            tx.CreateIndex(new IndexDescriptor("item_key", "Item", ["key"]));
            hub = tx.CreateNode("Hub");
        });

        const int wantedReads = 150;
        var reads = 0;
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        bool Done() => (clock.ElapsedMilliseconds >= 800 && Volatile.Read(ref reads) >= wantedReads) || clock.Elapsed > TimeSpan.FromSeconds(20);

        var writer = Task.Factory.StartNew(() =>
        {
            var live = new Queue<long>();
            for (long i = 0; !Done(); i++)
            {
                using var tx = store.BeginWrite();
                var node = tx.CreateNode("Item", ("key", i % 7));
                tx.Connect(hub, node, i % 2 == 0 ? "EVEN" : "ODD");
                var commit = i % 4 != 3;
                if (live.Count > 30)
                {
                    var old = tx.GetNode(commit ? live.Dequeue() : live.Peek())!;
                    foreach (var relationship in tx.Relationships(old, Direction.Both).ToList()) tx.DeleteRelationship(relationship);
                    tx.DeleteNode(old);
                }
                if (i % 5 == 0) tx.SetProperty(node, "key", 100L);
                if (!commit) { tx.Rollback(); continue; }
                tx.Commit();
                live.Enqueue(node.Id);
            }
        }, TaskCreationOptions.LongRunning);

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!Done())
            {
                using var tx = store.BeginRead();
                var items = tx.NodesWithLabel("Item").ToList();
                var outgoing = tx.Relationships(hub, Direction.Outgoing).ToList();
                var seekable = Enumerable.Range(0, 7).Sum(k => tx.SeekByProperty("Item", "key", (long)k)!.Count()) + tx.SeekByProperty("Item", "key", 100L)!.Count();
                Check(tx.NodeCount == items.Count + 1, $"node count {tx.NodeCount} vs {items.Count} items + hub");
                Check(tx.CountNodesWithLabel("Item") == items.Count, $"label count {tx.CountNodesWithLabel("Item")} vs {items.Count}");
                Check(tx.AllNodes().Count() == items.Count + 1, "scan vs label");
                Check(tx.RelationshipCount == outgoing.Count, $"relationship count {tx.RelationshipCount} vs {outgoing.Count}");
                Check(tx.Degree(hub, Direction.Outgoing) == outgoing.Count, "degree vs expand");
                Check(tx.Degree(hub, Direction.Outgoing, "EVEN") == outgoing.Count(r => r.Type == "EVEN"), "typed degree");
                Check(tx.CountRelationshipsWithType("ODD") == outgoing.Count(r => r.Type == "ODD"), "type count");
                Check(seekable == items.Count, $"index seeks {seekable} vs {items.Count}");
                Check(items.All(n => !n.IsDeleted && tx.Degree(n, Direction.Incoming) == 1), "every item has its hub relationship");
                // The same questions again: the snapshot has not moved.
                Check(tx.NodesWithLabel("Item").Count() == items.Count && tx.Relationships(hub, Direction.Outgoing).Count() == outgoing.Count, "snapshot moved");
                Interlocked.Increment(ref reads);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.Empty(problems);
        Assert.True(reads >= wantedReads, $"{reads} reads");

        void Check(bool holds, string what)
        {
            if (!holds && problems.Count < 10) problems.Enqueue(what);
        }
    }
}
