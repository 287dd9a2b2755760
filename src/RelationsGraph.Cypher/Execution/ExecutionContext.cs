using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Everything operators need while a statement runs: the store view, parameters, counters, the time budget and the memory tracker.</summary>
internal sealed class ExecutionContext
{
    private readonly QueryBudget budget;
    private int ticks;

    public ExecutionContext(IGraphReader reader, IReadOnlyDictionary<string, object?> parameters, QueryBudget budget)
    {
        Reader = reader;
        Writer = reader as IGraphWriter;
        Parameters = parameters;
        this.budget = budget;
    }

    public IGraphReader Reader { get; private set; }
    public IGraphWriter? Writer { get; private set; }
    /// <summary>Where LOAD CSV finds file URLs (QueryOptions.ImportDirectory); null refuses them.</summary>
    public string? ImportDirectory { get; init; }
    /// <summary>The file and line LOAD CSV read last, for file() and linenumber(); null outside LOAD CSV.</summary>
    public Import.CsvPosition? CsvPosition { get; set; }

    /// <summary>The properties of the entity being created (Writing.PropertySource), one list for the statement's every row.</summary>
    internal List<KeyValuePair<string, object?>> CreatedProperties { get; } = [];
    /// <summary>Commits and renews the statement's transaction for CALL { } IN TRANSACTIONS; null inside an explicit transaction.</summary>
    public ITransactionBatches? Batches { get; init; }

    /// <summary>Commits the work so far and goes on in a fresh transaction (CALL { } IN TRANSACTIONS).</summary>
    public void CommitBatch()
    {
        var next = (Batches ?? throw TransactionBatching.InExplicitTransaction()).CommitAndRenew();
        Reader = next;
        Writer = next;
    }
    public IReadOnlyDictionary<string, object?> Parameters { get; }
    /// <summary>The parameters the plan reads, in its ParameterSlots order (set once the plan is known).</summary>
    public object?[] ParameterValues { get; set; } = [];
    public QueryStatisticsCounter Statistics { get; } = new();
    public MemoryTracker Memory => budget.Memory;

    /// <summary>Set under PROFILE only: counts each operator's rows and db hits.</summary>
    public Profiling.PlanProfiler? Profiler { get; init; }

    /// <summary>A property read or label check on a stored entity: a db hit under PROFILE, nothing otherwise.</summary>
    public void CountEntityRead(object? value)
    {
        if (Profiler is not null && value is NodeEntity or RelationshipEntity) Profiler.DbHit();
    }

    public IGraphWriter RequireWriter() =>
        Writer ?? throw new CypherException("AccessMode", "WriteInReadTransaction", ErrorPhase.Runtime, "Writing is not possible in a read transaction.");

    /// <summary>Called by operators once per row; looks at the clock and the token only every 256 calls to stay cheap.</summary>
    public void CheckInterrupt()
    {
        if ((++ticks & 255) != 0) return;
        CheckNow();
    }

    public void CheckNow() => budget.Check();
}
