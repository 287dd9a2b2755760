namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Live entities by id. Ids are handed out in increasing order and never reused, so a plain slot
/// array indexed by id (null for deleted or rolled-back ids) is both the densest and fastest map.
/// <para>
/// A table may start from rows held in columns (<see cref="IColdRows{T}"/>, loaded from a snapshot as whole
/// blocks): the ids below their length have fixed-size slot chunks of their own, filled the first time
/// an id is read (lazy materialisation, as a column store builds a row on demand). Those chunks are never
/// replaced, so a reader that fills a slot with a compare-and-swap can never lose it to the writer growing
/// the table, and every holder of an id gets the same object.
/// </para>
/// </summary>
internal sealed class EntityTable<T> where T : class
{
    // Frozen slots come in chunks allocated when an id in them is first made, so rows nobody reads cost no slot.
    // Small chunks (2 KB): random lookups on a fresh store touch a new chunk each, and a hop over a few hundred
    // relationships touched a few hundred 32 KB chunks (megabytes zeroed in its first runs) at 4096 slots a chunk.
    private const int ChunkBits = 8;
    private const int ChunkSize = 1 << ChunkBits;

    private IColdRows<T>? cold;
    private T?[]?[] frozen = [];
    private int frozenLength;
    // Ids from frozenLength up, at index id - frozenLength, in chunks of HotChunkSize made as ids reach them: growing
    // adds a chunk and copies no slot. One array doubled step by step to 16 MB for a million relationships: 18 bytes
    // allocated per relationship, each step a large-object allocation (those count toward full collections) and a copy.
    // The directory is replaced whole when it grows (a reader walks the one it read); its chunks are never replaced.
    private const int HotChunkBits = 12;
    private const int HotChunkSize = 1 << HotChunkBits; // 32 KB of references: below the large-object threshold
    private T?[][] hot = [];
    private int highestSlot = -1;

    public T? Get(long id)
    {
        if (id < 0) return null;
        if (id < frozenLength) return FrozenSlot(id) ?? Materialise((int)id);
        return HotSlot(id - frozenLength);
    }

    /// <summary>The object already made for id, without making one from the columns (null for a cold or absent row).</summary>
    public T? Peek(long id)
    {
        if (id < 0) return null;
        if (id < frozenLength) return FrozenSlot(id);
        return HotSlot(id - frozenLength);
    }

    /// <summary>Whether id is a row still only in the columns (present, never made into an object, hence unchanged since loaded).</summary>
    public bool IsUnmadeRow(long id) => id >= 0 && id < frozenLength && FrozenSlot(id) is null && cold!.Has((int)id);

    /// <summary>The rows held in columns, if the table started from some.</summary>
    public IColdRows<T>? Cold => cold;

    /// <summary>Starts an empty table from rows in columns: ids below rows.Length resolve through them.</summary>
    public void StartFrom(IColdRows<T> rows)
    {
        if (highestSlot >= 0 || frozenLength > 0) throw new InvalidOperationException("Only an empty table starts from columns.");
        cold = rows;
        frozen = new T?[]?[(rows.Length + ChunkSize - 1) >> ChunkBits];
        frozenLength = rows.Length;
        Volatile.Write(ref hot, []); // what Reserve set aside for these ids
        highestSlot = rows.Length - 1;
    }

    public void Put(long id, T entity)
    {
        if (id > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (id < frozenLength)
        {
            Volatile.Write(ref Chunk((int)id)[id & (ChunkSize - 1)], entity);
            return;
        }
        var at = (int)(id - frozenLength);
        MakeHotChunks(at);
        Volatile.Write(ref hot[at >> HotChunkBits][at & (HotChunkSize - 1)], entity);
        if (id > highestSlot) Volatile.Write(ref highestSlot, (int)id);
    }

    /// <summary>Room for ids below capacity at once, when the final size is known (opening a snapshot).</summary>
    public void Reserve(long capacity)
    {
        if (capacity > int.MaxValue - 1) throw new InvalidOperationException("The store holds at most 2^31 entities of a kind.");
        if (capacity > frozenLength) MakeHotChunks((int)(capacity - 1 - frozenLength));
    }

    /// <summary>Chunks up to the one holding hot index at, the directory published whole with them (writer only).</summary>
    private void MakeHotChunks(int at)
    {
        var needed = (at >> HotChunkBits) + 1;
        if (needed <= hot.Length) return;
        var grown = new T?[needed][];
        Array.Copy(hot, grown, hot.Length);
        for (var c = hot.Length; c < needed; c++) grown[c] = new T?[HotChunkSize];
        Volatile.Write(ref hot, grown);
    }

    /// <summary>The hot slot at, or null beyond the chunks made: readers run beside the writer, so the directory is read once.</summary>
    private T? HotSlot(long at)
    {
        var directory = Volatile.Read(ref hot);
        var c = at >> HotChunkBits;
        return c < directory.Length ? directory[c][at & (HotChunkSize - 1)] : null;
    }

    public void Remove(long id)
    {
        if (id < 0) return;
        if (id < frozenLength)
        {
            // The columns first: once the slot reads empty, nothing may make the row again. A row is only removed
            // after the writer deleted it, which made its object, so no reader is making it at this moment.
            cold!.Forget((int)id);
            Volatile.Write(ref Chunk((int)id)[id & (ChunkSize - 1)], null);
            return;
        }
        var at = id - frozenLength;
        if (at >> HotChunkBits < hot.Length) hot[at >> HotChunkBits][at & (HotChunkSize - 1)] = null;
    }

    /// <summary>Live entities in id order (rows still in columns are made on the way). Callers that write while enumerating must copy first.</summary>
    public IEnumerable<T> Enumerate()
    {
        for (var i = 0; i < frozenLength; i++)
            if ((FrozenSlot(i) ?? Materialise(i)) is { } made) yield return made;
        var highest = Volatile.Read(ref highestSlot);
        for (var i = 0; i <= highest - frozenLength; i++)
        {
            var entity = HotSlot(i);
            if (entity is not null) yield return entity;
        }
    }

    /// <summary>
    /// Every id present in id order with the object made for it, or null where the row is still only in the
    /// columns: a whole-table pass (a checkpoint) that leaves cold rows cold.
    /// </summary>
    public IEnumerable<(int Id, T? Entity)> EnumerateWithoutMaking()
    {
        for (var i = 0; i < frozenLength; i++)
        {
            if (FrozenSlot(i) is { } made) yield return (i, made);
            else if (cold!.Has(i)) yield return (i, null);
        }
        var highest = Volatile.Read(ref highestSlot);
        for (var i = 0; i <= highest - frozenLength; i++)
            if (HotSlot(i) is { } entity) yield return (i + frozenLength, entity);
    }

    /// <summary>How many entities exist as objects (made from columns or created): a measure of the table's memory, for tests.</summary>
    public int ObjectCount()
    {
        var count = 0;
        for (var c = 0; c < frozen.Length; c++)
            if (Volatile.Read(ref frozen[c]) is { } chunk)
                foreach (var entity in chunk) if (entity is not null) count++;
        foreach (var chunk in Volatile.Read(ref hot))
            foreach (var entity in chunk) if (entity is not null) count++;
        return count;
    }

    private T? FrozenSlot(long id)
    {
        var chunk = Volatile.Read(ref frozen[id >> ChunkBits]);
        return chunk is null ? null : Volatile.Read(ref chunk[id & (ChunkSize - 1)]);
    }

    /// <summary>The chunk holding id, allocated on first use (racing threads agree on one through a compare-and-swap).</summary>
    private T?[] Chunk(int id)
    {
        ref var chunk = ref frozen[id >> ChunkBits];
        if (Volatile.Read(ref chunk) is { } existing) return existing;
        var fresh = new T?[ChunkSize];
        return Interlocked.CompareExchange(ref chunk, fresh, null) ?? fresh;
    }

    private T? Materialise(int id)
    {
        if (cold!.Make(id) is not { } made) return null;
        // Whoever stores first wins; the others drop theirs and use the winner, so identity holds.
        return Interlocked.CompareExchange(ref Chunk(id)[id & (ChunkSize - 1)], made, null) ?? made;
    }
}

/// <summary>Rows kept in columns (struct-of-arrays) rather than as objects, made into an entity on first read.</summary>
internal interface IColdRows<T> where T : class
{
    /// <summary>Ids below this may be rows here.</summary>
    int Length { get; }
    /// <summary>Whether the row id is here (not forgotten).</summary>
    bool Has(int id);
    /// <summary>A new entity for the row id, or null when there is none.</summary>
    T? Make(int id);
    /// <summary>The row is gone (pruned): Make answers null for it from now on.</summary>
    void Forget(int id);
}
