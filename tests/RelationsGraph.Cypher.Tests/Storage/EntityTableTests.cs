using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>The id-indexed entity table: ids in chunks made as they are reached, across chunk boundaries, after cold rows.</summary>
public sealed class EntityTableTests
{
    private const int PastSeveralChunks = 3 * 4096 + 17;

    [Fact]
    public void Ids_put_across_several_chunks_are_found_enumerated_and_counted()
    {
        var table = new EntityTable<string>();
        for (var id = 0; id < PastSeveralChunks; id += 2) table.Put(id, "e" + id);

        for (var id = 0; id < PastSeveralChunks + 4096; id++)
            Assert.Equal(id % 2 == 0 && id < PastSeveralChunks ? "e" + id : null, table.Get(id));
        Assert.Equal(Enumerable.Range(0, PastSeveralChunks).Where(id => id % 2 == 0).Select(id => "e" + id), table.Enumerate());
        Assert.Equal((PastSeveralChunks + 1) / 2, table.ObjectCount());
    }

    [Fact]
    public void A_removed_id_reads_empty_and_ids_beyond_the_chunks_made_read_empty()
    {
        var table = new EntityTable<string>();
        table.Put(4095, "last of the first chunk");
        table.Put(4096, "first of the second");
        table.Remove(4095);
        table.Remove(1_000_000); // never made: nothing to remove

        Assert.Null(table.Get(4095));
        Assert.Equal("first of the second", table.Get(4096));
        Assert.Null(table.Peek(8192));
        Assert.Equal([(4096, (string?)"first of the second")], table.EnumerateWithoutMaking());
    }

    [Fact]
    public void Reserving_makes_room_without_making_entities_and_later_puts_still_land()
    {
        var table = new EntityTable<string>();
        table.Reserve(10_000);
        Assert.Equal(0, table.ObjectCount());
        Assert.Null(table.Get(9_999));

        table.Put(9_999, "reserved");
        table.Put(10_000, "beyond the reservation");
        Assert.Equal(["reserved", "beyond the reservation"], table.Enumerate());
    }

    [Fact]
    public void Ids_after_cold_rows_go_to_hot_chunks_and_cold_rows_are_made_on_first_read()
    {
        var table = new EntityTable<string>();
        table.StartFrom(new ColdStrings(5000));
        table.Put(5000 + 4096, "hot, second chunk");

        Assert.Equal("cold 4999", table.Get(4999));
        Assert.Null(table.Get(5000));
        Assert.Equal("hot, second chunk", table.Get(5000 + 4096));
        Assert.Equal(5001, table.Enumerate().Count());
    }

    private sealed class ColdStrings(int length) : IColdRows<string>
    {
        public int Length => length;
        public bool Has(int id) => id < length;
        public string? Make(int id) => id < length ? "cold " + id : null;
        public void Forget(int id) { }
    }
}
