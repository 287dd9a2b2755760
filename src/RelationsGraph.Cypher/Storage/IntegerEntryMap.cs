using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The integer keys of a property index: open addressing over one array of (key, entry) slots, so a seek
/// probes one contiguous array instead of walking to a separate node object per key, which a bulk load pays
/// twice a row across the heap; key and entry share a slot, so a probe of a random key misses the cache once,
/// not once in a key array and again in an entry array. One writer, readers without locks: the writer stores a slot's key before its
/// entry (a release write) and a reader reads the entry first (an acquire read), so an entry seen has its key;
/// growing builds fresh arrays and publishes them whole. A removed key leaves a tombstone until the next growth.
/// </summary>
internal sealed class IntegerEntryMap
{
    private static readonly object Removed = new();

    private struct Slot
    {
        public long Key;
        public object? Entry;
    }

    private sealed class Slots(int capacity)
    {
        public readonly Slot[] Items = new Slot[capacity];
        public int Used; // slots holding an entry or a tombstone (writer only)
    }

    private Slots slots = new(16);
    private int count;

    public bool IsEmpty => Volatile.Read(ref count) == 0;

    /// <summary>Room for count keys without growing (writer only, before readers need it).</summary>
    public void Reserve(int capacity)
    {
        if (count == 0 && SizeFor(capacity) > slots.Items.Length) Volatile.Write(ref slots, new Slots(SizeFor(capacity)));
    }

    public bool TryGetValue(long key, [MaybeNullWhen(false)] out object entry)
    {
        var items = Volatile.Read(ref slots).Items;
        var mask = items.Length - 1;
        for (var i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref items[i];
            var found = Volatile.Read(ref slot.Entry);
            if (found is null) break;
            if (slot.Key == key && !ReferenceEquals(found, Removed))
            {
                entry = found;
                return true;
            }
        }
        entry = null;
        return false;
    }

    /// <summary>Adds or replaces key's entry (writer only).</summary>
    public void Set(long key, object entry)
    {
        var table = slots;
        var items = table.Items;
        var mask = items.Length - 1;
        var i = Hash(key) & mask;
        for (; items[i].Entry is { } present; i = (i + 1) & mask)
        {
            if (items[i].Key != key) continue;
            if (ReferenceEquals(present, Removed)) count++;
            Volatile.Write(ref items[i].Entry, entry);
            return;
        }
        // A new slot: keep at most half the slots used, so probes stay short.
        if ((table.Used + 1) * 2 > items.Length)
        {
            Grow();
            Set(key, entry);
            return;
        }
        items[i].Key = key;
        Volatile.Write(ref items[i].Entry, entry);
        table.Used++;
        count++;
    }

    /// <summary>Removes key (writer only); a reader still probing sees either the entry or the tombstone.</summary>
    public bool TryRemove(long key, [MaybeNullWhen(false)] out object entry)
    {
        var items = slots.Items;
        var mask = items.Length - 1;
        for (var i = Hash(key) & mask; items[i].Entry is { } present; i = (i + 1) & mask)
        {
            if (items[i].Key != key || ReferenceEquals(present, Removed)) continue;
            Volatile.Write(ref items[i].Entry, Removed);
            count--;
            entry = present;
            return true;
        }
        entry = null;
        return false;
    }

    private void Grow()
    {
        var old = slots.Items;
        var fresh = new Slots(SizeFor(Math.Max(count + 1, 8) * 2));
        var mask = fresh.Items.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Entry is not { } entry || ReferenceEquals(entry, Removed)) continue;
            var i = Hash(slot.Key) & mask;
            while (fresh.Items[i].Entry is not null) i = (i + 1) & mask;
            fresh.Items[i] = slot;
            fresh.Used++;
        }
        Volatile.Write(ref slots, fresh); // published whole: readers see the old arrays or the filled new ones
    }

    /// <summary>A power of two with room for count keys at most half full.</summary>
    private static int SizeFor(int count) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count * 2));

    // Ids loaded in order are consecutive: mix the bits so they do not fill one run of slots.
    private static int Hash(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 33);
}
