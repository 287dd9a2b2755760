namespace RelationsGraph.Cypher.Values;

/// <summary>
/// An estimate of the memory one statement holds, after Neo4j's per-transaction tracker
/// (db.memory.transaction.max): buffers that keep values (collect, sort, DISTINCT, the result) charge
/// what they keep; a value being built (a list from a comprehension or range(), a concatenation)
/// must fit beside them. Crossing the limit ends the statement with a MemoryLimitExceeded error
/// instead of letting one query take the process down.
/// The running statement's tracker is ambient on its thread (the engine runs a statement on one
/// thread), so value functions deep in the evaluator can check without threading it through.
/// </summary>
internal sealed class MemoryTracker(long limit)
{
    [ThreadStatic] private static MemoryTracker? current;

    public static MemoryTracker? Current => current;

    public long Limit { get; } = limit;
    public long Used { get; private set; }
    public long Peak { get; private set; }

    /// <summary>Makes this the thread's tracker until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = current;
        current = this;
        return new Scope(previous);
    }

    public readonly struct Scope(MemoryTracker? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }

    /// <summary>Memory kept until the statement ends or the buffer is released.</summary>
    public void Charge(long bytes)
    {
        if (Used + bytes > Limit) throw Exceeded(bytes);
        Used += bytes;
        Peak = Math.Max(Peak, Used);
    }

    /// <summary>Charges a value a buffer keeps (sized up to the limit, so a huge one costs no more than it takes to refuse it).</summary>
    public void ChargeValue(object? value) => Charge(ValueSize.Of(value, Limit - Used + 1));

    /// <summary>Charges a row a buffer keeps: its array and the values in it.</summary>
    public void ChargeRow(object?[] row)
    {
        var bytes = 32 + (long)ValueSize.Slot * row.Length;
        foreach (var value in row)
        {
            if (value is null or bool or long or double) continue; // boxed scalars are counted by the slot estimate's neighbours
            bytes += ValueSize.Of(value, Limit - Used - bytes + 1);
            if (Used + bytes > Limit) break;
        }
        Charge(bytes);
    }

    public void Release(long bytes) => Used = Math.Max(0, Used - bytes);

    /// <summary>A value of this size is being built: it must fit beside what is held.</summary>
    public void CheckBuilding(long bytes)
    {
        if (Used + bytes > Limit) throw Exceeded(bytes);
        // Building a large value takes a while; a loop of a few such steps may never reach a per-row time check.
        if (bytes > 1 << 20) StatementDeadline.ThrowIfPassed();
        Peak = Math.Max(Peak, Used + bytes);
    }

    /// <summary>The ambient check for code that builds values (functions, operators on values).</summary>
    public static void Building(long bytes) => current?.CheckBuilding(bytes);

    private CypherException Exceeded(long bytes) => new("MemoryLimit", "TransactionMemoryLimit", ErrorPhase.Runtime,
        $"The query needs more memory than its limit of {Describe(Limit)} (it holds about {Describe(Used)} and asked for {Describe(bytes)} more); " +
        "it was stopped. Aggregate or filter earlier, or return less (the limit is the MaxMemoryBytes query option).");

    internal static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
