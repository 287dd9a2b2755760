using System.Runtime.InteropServices;
using RelationsGraph.Cypher.Execution.Aggregation;
using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Groups rows by the key expressions (Cypher equivalence) and runs the aggregates per group.
/// Without keys, an empty input still yields one row (count(*) = 0, collect = []).
/// Per row it allocates nothing once the row's group exists: keys are evaluated into a scratch
/// array that becomes the group's key only when the group is new; without keys there is no lookup.
/// A group's output row starts from the argument, not from its first input row: after aggregation only the
/// keys, the aggregates and what came in with the argument (outer variables of a subquery) are in scope, and
/// input rows are not kept alive per group.
/// </summary>
/// <param name="distinctKey">The index of a key the planner knows to differ between any two input rows where it is not
/// null (ProjectionPlanner.DistinctPerRow), or -1. A row with that key set is a group of its own: it is aggregated and
/// passed on at once, with no grouping table; rows where it is null are grouped as usual and come after.</param>
internal sealed class AggregateOperator(Operator input, int[] keySlots, Evaluator[] keys, int[] aggregateSlots, AggregateSpec[] aggregates, int distinctKey = -1) : Operator
{
    public override string Name => "EagerAggregation";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    private sealed record Group(object?[] Keys, object?[] Row, AggregateState[] States);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument) =>
        keys.Length == 0 ? ExecuteUngrouped(context, argument) : ExecuteGrouped(context, argument);

    private IEnumerable<object?[]> ExecuteUngrouped(ExecutionContext context, object?[] argument)
    {
        Group? only = null;
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            only ??= NewGroup(context, [], argument);
            Feed(only, row, context);
        }
        yield return Output(only ?? new Group([], argument, NewStates()));
    }

    private IEnumerable<object?[]> ExecuteGrouped(ExecutionContext context, object?[] argument)
    {
        var index = new Dictionary<GroupingKey, int>();
        var groups = new List<Group>();
        var scratch = new object?[keys.Length];
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            for (var i = 0; i < keys.Length; i++) scratch[i] = keys[i](row, context);
            if (distinctKey >= 0 && scratch[distinctKey] is not null)
            {
                var single = new Group(scratch, argument, NewStates());
                Feed(single, row, context);
                yield return Output(single); // Output copies the keys, so scratch serves the next row
                continue;
            }
            ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(index, new GroupingKey(scratch), out var exists);
            if (!exists)
            {
                position = groups.Count;
                groups.Add(NewGroup(context, scratch, argument));
                scratch = new object?[keys.Length]; // the old one is now the group's key
            }
            Feed(groups[position], row, context);
        }
        foreach (var group in groups) yield return Output(group);
    }

    private Group NewGroup(ExecutionContext context, object?[] keyValues, object?[] row)
    {
        context.Memory.ChargeRow(keyValues);
        context.Memory.Charge(64 + 48L * aggregates.Length);
        return new Group(keyValues, row, NewStates());
    }

    private void Feed(Group group, object?[] row, ExecutionContext context)
    {
        for (var i = 0; i < aggregates.Length; i++) aggregates[i].Feed(group.States[i], row, context);
    }

    private object?[] Output(Group group)
    {
        var output = Copy(group.Row);
        for (var i = 0; i < keySlots.Length; i++) output[keySlots[i]] = group.Keys[i];
        for (var i = 0; i < aggregateSlots.Length; i++) output[aggregateSlots[i]] = group.States[i].Aggregator.Result();
        return output;
    }

    private AggregateState[] NewStates()
    {
        var states = new AggregateState[aggregates.Length];
        for (var i = 0; i < aggregates.Length; i++) states[i] = aggregates[i].NewState();
        return states;
    }
}
