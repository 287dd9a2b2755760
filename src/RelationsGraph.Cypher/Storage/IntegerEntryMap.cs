using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The integer keys of a property index: open addressing over two parallel arrays (keys, entries), so a seek
/// probes one contiguous array instead of walking to a separate node object per key, which a bulk load pays
/// twice a row across the heap. One writer, readers without locks: the writer stores a slot's key before its
/// entry (a release write) and a reader reads the entry first (an acquire read), so an entry seen has its key;
/// growing builds fresh arrays and publishes them whole. A removed key leaves a tombstone until the next growth.
/// </summary>
internal sealed class IntegerEntryMap
{
    private static readonly object Removed = new();

    private sealed class Slots(int capacity)
    {
        public readonly long[] Keys = new long[capacity];
        public readonly object?[] Entries = new object?[capacity];
        public int Used; // slots holding an entry or a tombstone (writer only)
    }

    private Slots slots = new(16);
    private int count;

    public bool IsEmpty => Volatile.Read(ref count) == 0;

    /// <summary>Room for count keys without growing (writer only, before readers need it).</summary>
    public void Reserve(int capacity)
    {
        if (count == 0 && SizeFor(capacity) > slots.Keys.Length) Volatile.Write(ref slots, new Slots(SizeFor(capacity)));
    }

    public bool TryGetValue(long key, [MaybeNullWhen(false)] out object entry)
    {
        var table = Volatile.Read(ref slots);
        var mask = table.Keys.Length - 1;
        for (var i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            var found = Volatile.Read(ref table.Entries[i]);
            if (found is null) break;
            if (table.Keys[i] == key && !ReferenceEquals(found, Removed))
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
        var mask = table.Keys.Length - 1;
        var i = Hash(key) & mask;
        for (; table.Entries[i] is { } present; i = (i + 1) & mask)
        {
            if (table.Keys[i] != key) continue;
            if (ReferenceEquals(present, Removed)) count++;
            Volatile.Write(ref table.Entries[i], entry);
            return;
        }
        // A new slot: keep at most half the slots used, so probes stay short.
        if ((table.Used + 1) * 2 > table.Keys.Length)
        {
            Grow();
            Set(key, entry);
            return;
        }
        table.Keys[i] = key;
        Volatile.Write(ref table.Entries[i], entry);
        table.Used++;
        count++;
    }

    /// <summary>Removes key (writer only); a reader still probing sees either the entry or the tombstone.</summary>
    public bool TryRemove(long key, [MaybeNullWhen(false)] out object entry)
    {
        var table = slots;
        var mask = table.Keys.Length - 1;
        for (var i = Hash(key) & mask; table.Entries[i] is { } present; i = (i + 1) & mask)
        {
            if (table.Keys[i] != key || ReferenceEquals(present, Removed)) continue;
            Volatile.Write(ref table.Entries[i], Removed);
            count--;
            entry = present;
            return true;
        }
        entry = null;
        return false;
    }

    private void Grow()
    {
        var old = slots;
        var fresh = new Slots(SizeFor(Math.Max(count + 1, 8) * 2));
        var mask = fresh.Keys.Length - 1;
        for (var s = 0; s < old.Keys.Length; s++)
        {
            if (old.Entries[s] is not { } entry || ReferenceEquals(entry, Removed)) continue;
            var i = Hash(old.Keys[s]) & mask;
            while (fresh.Entries[i] is not null) i = (i + 1) & mask;
            fresh.Keys[i] = old.Keys[s];
            fresh.Entries[i] = entry;
            fresh.Used++;
        }
        Volatile.Write(ref slots, fresh); // published whole: readers see the old arrays or the filled new ones
    }

    /// <summary>A power of two with room for count keys at most half full.</summary>
    private static int SizeFor(int count) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count * 2));

    // Ids loaded in order are consecutive: mix the bits so they do not fill one run of slots.
    private static int Hash(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 33);
}
