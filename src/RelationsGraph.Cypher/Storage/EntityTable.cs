namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Live entities by id. Ids are handed out in increasing order and never reused, so a plain slot
/// array indexed by id (null for deleted or rolled-back ids) is both the densest and fastest map.
/// </summary>
internal sealed class EntityTable<T> where T : class
{
    private T?[] slots = new T?[16];
    private int highestSlot = -1;

    public long Count { get; private set; }

    public T? Get(long id)
    {
        // Readers run beside the writer: read the array once and bound by its length, not by highestSlot.
        var array = Volatile.Read(ref slots);
        return id >= 0 && id < array.Length ? array[id] : null;
    }

    public void Put(long id, T entity)
    {
        if (id > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (id >= slots.Length)
        {
            var grown = new T?[(int)Math.Min(int.MaxValue - 1, Math.Max(id + 1, (long)slots.Length * 2))];
            Array.Copy(slots, grown, slots.Length);
            Volatile.Write(ref slots, grown);
        }
        if (slots[id] is null) Count++;
        Volatile.Write(ref slots[id], entity);
        if (id > highestSlot) Volatile.Write(ref highestSlot, (int)id);
    }

    /// <summary>Room for ids below capacity in one allocation, when the final size is known (opening a snapshot).</summary>
    public void Reserve(long capacity)
    {
        if (capacity > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (capacity <= slots.Length) return;
        var grown = new T?[(int)capacity];
        Array.Copy(slots, grown, slots.Length);
        Volatile.Write(ref slots, grown);
    }

    public void Remove(long id)
    {
        if (Get(id) is null) return;
        slots[id] = null;
        Count--;
    }

    /// <summary>Live entities in id order. Callers that write while enumerating must copy first.</summary>
    public IEnumerable<T> Enumerate()
    {
        var highest = Volatile.Read(ref highestSlot);
        var array = Volatile.Read(ref slots);
        for (var i = 0; i <= highest && i < array.Length; i++)
        {
            var entity = array[i];
            if (entity is not null) yield return entity;
        }
    }
}
