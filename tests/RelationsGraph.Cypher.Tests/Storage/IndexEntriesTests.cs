using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Integer keys live in a map keyed by the long itself and the rest by Cypher equivalence: a key finds its
/// entry whichever way an equivalent value is written, and never one of another type.
/// </summary>
public sealed class IndexEntriesTests
{
    [Fact]
    public void An_integer_and_a_float_equal_to_it_are_one_key()
    {
        var entries = new IndexEntries();
        entries[7L] = "seven";
        entries[-0.0] = "zero";
        Assert.True(entries.TryGetValue(7.0, out var seven));
        Assert.Equal("seven", seven);
        Assert.True(entries.TryGetValue(0L, out var zero));
        Assert.Equal("zero", zero);
        entries[7.0] = "seven again";
        Assert.True(entries.TryGetValue(7L, out var replaced));
        Assert.Equal("seven again", replaced);
    }

    [Fact]
    public void Other_keys_find_only_equivalent_keys()
    {
        var entries = new IndexEntries();
        entries[7.5] = "float";
        entries["7"] = "text";
        entries[new object?[] { 1L, "a" }] = "tuple";
        entries[double.PositiveInfinity] = "infinity";
        Assert.False(entries.TryGetValue(7L, out _));
        Assert.True(entries.TryGetValue(7.5, out var half));
        Assert.Equal("float", half);
        Assert.True(entries.TryGetValue("7", out var text));
        Assert.Equal("text", text);
        Assert.True(entries.TryGetValue(new object?[] { 1.0, "a" }, out var tuple)); // composite keys compare by equivalence
        Assert.Equal("tuple", tuple);
        Assert.True(entries.TryGetValue(double.PositiveInfinity, out _));
        Assert.False(entries.TryGetValue(long.MaxValue, out _));
        Assert.False(entries.TryGetValue(9.2233720368547758E18, out _)); // 2^63: no long equals it
    }

    [Fact]
    public void A_removed_key_is_gone_and_room_reserved_before_the_first_key_is_used_by_it()
    {
        var entries = new IndexEntries();
        entries.Reserve(1000);
        Assert.True(entries.IsEmpty);
        entries[1L] = "one";
        entries["a"] = "a";
        Assert.False(entries.IsEmpty);
        Assert.True(entries.TryRemove(1.0, out var removed));
        Assert.Equal("one", removed);
        Assert.False(entries.TryGetValue(1L, out _));
        Assert.True(entries.TryRemove("a", out _));
        Assert.True(entries.IsEmpty);
    }
}
