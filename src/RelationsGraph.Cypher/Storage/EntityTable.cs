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

    public T? Get(long id) => id >= 0 && id <= highestSlot ? slots[id] : null;

    public void Put(long id, T entity)
    {
        if (id > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (id >= slots.Length) Array.Resize(ref slots, (int)Math.Min(int.MaxValue - 1, Math.Max(id + 1, (long)slots.Length * 2)));
        if (slots[id] is null) Count++;
        slots[id] = entity;
        if (id > highestSlot) highestSlot = (int)id;
    }

    /// <summary>Room for ids below capacity in one allocation, when the final size is known (opening a snapshot).</summary>
    public void Reserve(long capacity)
    {
        if (capacity > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (capacity > slots.Length) Array.Resize(ref slots, (int)capacity);
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
        for (var i = 0; i <= highestSlot; i++)
        {
            var entity = slots[i];
            if (entity is not null) yield return entity;
        }
    }
}
