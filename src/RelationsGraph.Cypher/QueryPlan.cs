namespace RelationsGraph.Cypher;

/// <summary>
/// One operator of an EXPLAIN or PROFILE plan, as Neo4j describes it: its name (ProduceResults,
/// Filter, Expand(All), NodeByLabelScan, ...), its details (p:Person, p.name = $name) and the operators
/// it reads from. Rows and DbHits are set only by PROFILE: the rows the operator produced and the
/// store reads it made (node and relationship lookups, expand steps, property reads, label checks).
/// </summary>
public sealed record QueryPlan(string Operator, string Details, IReadOnlyList<QueryPlan> Children)
{
    public long? Rows { get; init; }
    public long? DbHits { get; init; }

    public bool Profiled => Rows is not null;

    /// <summary>This operator and every one below it, depth first.</summary>
    public IEnumerable<QueryPlan> Flatten() => Children.SelectMany(child => child.Flatten()).Prepend(this);

    public long TotalDbHits => Flatten().Sum(plan => plan.DbHits ?? 0);
}

/// <summary>How a statement is run: plainly, EXPLAIN (plan only, nothing executed) or PROFILE (run and measured).</summary>
public enum PlanMode { None, Explain, Profile }
