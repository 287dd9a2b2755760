using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Execution.Profiling;

/// <summary>Turns the operator tree the planner built into the public QueryPlan, with PROFILE's counts when there are some.</summary>
internal static class PlanDescriber
{
    public static QueryPlan Describe(Operator root, PlanProfiler? profiler)
    {
        var children = root.Inputs.Select(input => Describe(input, profiler)).ToArray();
        var plan = new QueryPlan(root.Name, root.Details, children);
        if (profiler is null) return plan;
        var counts = profiler.CountsOf(root);
        return plan with { Rows = counts.Rows, DbHits = counts.DbHits };
    }
}
