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
}
