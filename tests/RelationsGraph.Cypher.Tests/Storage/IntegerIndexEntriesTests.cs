using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>Sorted integer index entries as a snapshot stores them: holders by binary search, keys by Cypher equivalence, order checked.</summary>
public sealed class IntegerIndexEntriesTests
{
    [Fact]
    public void Holders_of_a_key_are_its_run_of_ids_and_only_integral_numbers_seek_here()
    {
        var entries = new IntegerIndexEntries([-4, 2, 2, 2, 9], [8, 1, 3, 6, 0]);
        Assert.Equal([1, 3, 6], entries.Holders(2).ToArray());
        Assert.Equal([8], entries.Holders(-4).ToArray());
        Assert.True(entries.Holders(5).IsEmpty);
        Assert.True(entries.Holders(10).IsEmpty);
        Assert.True(entries.Lists(2, 3));
        Assert.False(entries.Lists(2, 8));

        Assert.True(IntegerIndexEntries.TryInteger(9.0, out var nine) && nine == 9);
        Assert.True(IntegerIndexEntries.TryInteger(7, out var seven) && seven == 7); // an int is the integer 7
        Assert.False(IntegerIndexEntries.TryInteger(9.5, out _));
        Assert.False(IntegerIndexEntries.TryInteger(double.NaN, out _));
        Assert.False(IntegerIndexEntries.TryInteger(1e19, out _));
        Assert.False(IntegerIndexEntries.TryInteger("9", out _));
    }

    [Theory]
    [InlineData(new long[] { 3, 1 }, new[] { 0, 1 })]
    [InlineData(new long[] { 1, 1 }, new[] { 5, 5 })]
    [InlineData(new long[] { 1, 1 }, new[] { 5, 4 })]
    [InlineData(new long[] { 1 }, new[] { 5, 4 })]
    public void Entries_out_of_key_then_id_order_are_refused_as_damage(long[] keys, int[] ids) =>
        Assert.Throws<InvalidDataException>(() => new IntegerIndexEntries(keys, ids));
}
