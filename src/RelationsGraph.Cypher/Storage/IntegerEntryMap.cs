using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The integer keys of a property index: open addressing over one array of (key, entry) slots, so a seek
/// probes one contiguous array instead of walking to a separate node object per key, which a bulk load pays
/// twice a row across the heap; key and entry share a slot, so a probe of a random key misses the cache once,
/// not once in a key array and again in an entry array. One writer, readers without locks: the writer stores a slot's key before its
/// entry (a release write) and a reader reads the entry first (an acquire read), so an entry seen has its key;
/// growing builds fresh arrays and publishes them whole. A removed key leaves a tombstone until the next growth.
/// <para>
/// Dense keys (ids numbered from zero, what a bulk load's unique ids usually are) skip hashing: while every key is
/// a small non-negative number, at most four array places per key, an entry sits at its key's own place in one
/// array of references. That is 8 bytes a key against 32 for half-full slots, so a load's random seeks stay in a
/// quarter of the memory (fewer cache misses), and a probe is one read. The first key that would make the array
/// sparser moves every entry to the slots for good.
/// </para>
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
    // Entries by key while the keys are dense; null once they went to the slots (never back).
    private object?[]? dense = new object?[MinimumDense];
    private int count;

    // A dense array may always be this long, whatever the count: small maps of small keys stay dense.
    private const int MinimumDense = 1024;

    public bool IsEmpty => Volatile.Read(ref count) == 0;

    /// <summary>Room for count keys without growing (writer only, before readers need it).</summary>
    public void Reserve(int capacity)
    {
        if (count != 0) return;
        // Keys are likely numbered from zero (ids): room for them in the dense array; the slots are made if they are not.
        if (dense is not null)
        {
            if (capacity > dense.Length) Volatile.Write(ref dense, new object?[capacity]);
            return;
        }
        if (SizeFor(capacity) > slots.Items.Length) Volatile.Write(ref slots, new Slots(SizeFor(capacity)));
    }

    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(long key, [MaybeNullWhen(false)] out object entry)
    {
        if (Volatile.Read(ref dense) is { } direct)
        {
            entry = (ulong)key < (ulong)direct.Length ? Volatile.Read(ref direct[key]) : null;
            return entry is not null;
        }
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
        if (dense is { } direct && TrySetDense(direct, key, entry)) return;
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
        if (dense is { } direct)
        {
            entry = (ulong)key < (ulong)direct.Length ? direct[key] : null;
            if (entry is null) return false;
            Volatile.Write(ref direct[key], null); // no probe chain to keep: the place is simply empty again
            count--;
            return true;
        }
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

    /// <summary>Sets key in the dense array (grown if need be); false when the key would make it too sparse, after moving every entry to the slots.</summary>
    private bool TrySetDense(object?[] direct, long key, object entry)
    {
        if ((ulong)key < (ulong)direct.Length)
        {
            if (direct[key] is null) count++;
            Volatile.Write(ref direct[key], entry);
            return true;
        }
        var length = key < 0 ? long.MaxValue : (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)key + 1);
        if (length > Math.Max(MinimumDense, 4L * (count + 1)))
        {
            MoveToSlots(direct);
            return false;
        }
        var grown = new object?[length];
        direct.AsSpan().CopyTo(grown);
        grown[key] = entry;
        count++;
        Volatile.Write(ref dense, grown); // published whole, as the slots are
        return true;
    }

    // The slots are filled and published before the dense array is dropped: a reader that finds no dense array finds them.
    private void MoveToSlots(object?[] direct)
    {
        var fresh = new Slots(SizeFor(Math.Max(count + 1, 8) * 2));
        var mask = fresh.Items.Length - 1;
        for (var key = 0; key < direct.Length; key++)
        {
            if (direct[key] is not { } present) continue;
            var i = Hash(key) & mask;
            while (fresh.Items[i].Entry is not null) i = (i + 1) & mask;
            fresh.Items[i] = new Slot { Key = key, Entry = present };
            fresh.Used++;
        }
        Volatile.Write(ref slots, fresh);
        Volatile.Write(ref dense, null);
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
