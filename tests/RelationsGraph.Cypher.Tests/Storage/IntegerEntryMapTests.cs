using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>The open-addressing integer map: keys survive growth, removal leaves probing chains intact, and a removed key can return.</summary>
public sealed class IntegerEntryMapTests
{
    [Fact]
    public void Keys_added_past_several_growths_are_all_found()
    {
        var map = new IntegerEntryMap();
        for (long key = -500; key < 5000; key += 3) map.Set(key, key.ToString());
        for (long key = -500; key < 5000; key++)
        {
            var present = map.TryGetValue(key, out var entry);
            Assert.Equal((key + 500) % 3 == 0, present);
            if (present) Assert.Equal(key.ToString(), entry);
        }
    }

    [Fact]
    public void Removing_a_key_keeps_the_others_reachable_and_the_key_may_come_back()
    {
        var map = new IntegerEntryMap();
        map.Reserve(64);
        for (long key = 0; key < 40; key++) map.Set(key * 1024, key); // many share low bits
        for (long key = 0; key < 40; key += 2) Assert.True(map.TryRemove(key * 1024, out _));
        Assert.False(map.TryRemove(0, out _));
        for (long key = 0; key < 40; key++) Assert.Equal(key % 2 == 1, map.TryGetValue(key * 1024, out _));
        map.Set(0, "back");
        Assert.True(map.TryGetValue(0, out var back));
        Assert.Equal("back", back);
        map.Set(0, "replaced");
        Assert.True(map.TryGetValue(0, out var replaced));
        Assert.Equal("replaced", replaced);
        for (long key = 2; key < 40; key += 2) map.TryRemove(key * 1024 + 1, out _); // never there
        for (long key = 1; key < 40; key += 2) Assert.True(map.TryRemove(key * 1024, out _));
        Assert.True(map.TryRemove(0, out _));
        Assert.True(map.IsEmpty);
    }

    [Fact]
    public void Keys_numbered_from_zero_are_found_through_growth_and_removal()
    {
        var map = new IntegerEntryMap();
        for (long key = 0; key < 10_000; key++) map.Set(key, key);
        Assert.True(map.TryRemove(17, out var removed));
        Assert.Equal(17L, removed);
        Assert.False(map.TryRemove(17, out _));
        Assert.False(map.TryGetValue(-1, out _));
        Assert.False(map.TryGetValue(10_000, out _));
        for (long key = 0; key < 10_000; key++) Assert.Equal(key != 17, map.TryGetValue(key, out _));
        map.Set(17, "back");
        Assert.True(map.TryGetValue(17, out var back));
        Assert.Equal("back", back);
    }

    [Theory]
    [InlineData(-3L)]
    [InlineData(1L << 40)]
    public void A_key_far_from_the_others_keeps_every_entry(long far)
    {
        var map = new IntegerEntryMap();
        map.Reserve(100);
        for (long key = 0; key < 300; key++) map.Set(key, key);
        map.Set(far, "far");
        map.Set(5, "replaced");
        Assert.True(map.TryRemove(6, out _));
        Assert.True(map.TryGetValue(far, out var found));
        Assert.Equal("far", found);
        Assert.True(map.TryGetValue(5, out var replaced));
        Assert.Equal("replaced", replaced);
        for (long key = 0; key < 300; key++) Assert.Equal(key != 6, map.TryGetValue(key, out _));
        for (long key = 0; key < 300; key++) map.TryRemove(key, out _);
        Assert.False(map.IsEmpty);
        Assert.True(map.TryRemove(far, out _));
        Assert.True(map.IsEmpty);
    }
}
