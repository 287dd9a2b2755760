using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// One plan of a read statement kept for its next run, so a repeated lookup skips planning (as a prepared
/// statement keeps its plan). A plan depends on the schema it was made against (index and constraint
/// choices), so it is kept with the reader's schema identity and only a run whose snapshot has the same
/// schema takes it. Parameter values are read from each run (ParameterSlots), never held by the plan.
/// Operators keep reusable runs in fields, so a plan serves one run at a time: a run takes the plan out and
/// puts it back when it completed; a run that finds the slot empty (another is running it) plans anew.
/// </summary>
internal sealed class PlanCache
{
    private Kept? kept;

    /// <summary>A plan with its parameter slots; Schema null: not to be kept (made for a writer, or it resolved procedures).</summary>
    public sealed record Kept(ExecutionPlan Plan, ParameterSlots Parameters, object? Schema);

    /// <summary>The kept plan if it was made against schema (taken out: no other run gets it until Return).</summary>
    public Kept? Take(object schema)
    {
        var taken = Interlocked.Exchange(ref kept, null);
        return taken is not null && ReferenceEquals(taken.Schema, schema) ? taken : null;
    }

    /// <summary>Keeps a plan whose run completed (a failed run may leave its operators mid-way: such a plan is dropped).</summary>
    public void Return(Kept plan) => Interlocked.CompareExchange(ref kept, plan, null);
}
