using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// An index key holds its sole node directly and a bucket once a second node shares it: seeks see every
/// holder, an older reader keeps what it saw, and pruning drops the holders that left.
/// </summary>
public sealed class PropertyIndexTests
{
    [Fact]
    public void A_key_grows_from_one_node_to_several_and_back_as_nodes_join_and_leave()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx =>
        {
            tx.CreateIndex(IndexDescriptor.FromStored("p_city", "P", ["city"]));
            tx.CreateNode("P", ("n", 1L), ("city", "Oslo"));
        });
        Assert.Equal([1L], Seek(store, "Oslo"));
        store.Write(tx =>
        {
            tx.CreateNode("P", ("n", 2L), ("city", "Oslo"));
            tx.CreateNode("P", ("n", 3L), ("city", "Oslo"));
        });
        Assert.Equal([1L, 2L, 3L], Seek(store, "Oslo"));

        using var older = store.BeginRead();
        store.Write(tx =>
        {
            tx.SetProperty(tx.Single("P", "n", 1L), "city", "Rome");
            tx.DeleteNode(tx.Single("P", "n", 3L));
        });
        Assert.Equal([2L], Seek(store, "Oslo"));
        Assert.Equal([1L], Seek(store, "Rome"));
        Assert.Equal([1L, 2L, 3L], older.SeekByProperty("P", "city", "Oslo")!.Select(n => (long)n.Properties["n"]!).Order()); // its snapshot
        older.Dispose();
        store.Write(tx => tx.CreateNode("P", ("n", 4L), ("city", "Oslo"))); // a writer passes: pruned
        Assert.Equal(0, store.RetainedForOlderReaders);
        Assert.Equal([2L, 4L], Seek(store, "Oslo"));
    }

    private static long[] Seek(GraphStore store, string city) =>
        store.Read(tx => tx.SeekByProperty("P", "city", city)!.Select(n => (long)n.Properties["n"]!).Order().ToArray());
}
