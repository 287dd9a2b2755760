using RelationsGraph.Cypher.Execution.Aggregation;
using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Groups rows by the key expressions (Cypher equivalence) and runs the aggregates per group.
/// Without keys, an empty input still yields one row (count(*) = 0, collect = []).
/// </summary>
internal sealed class AggregateOperator(Operator input, int[] keySlots, Evaluator[] keys, int[] aggregateSlots, AggregateSpec[] aggregates) : Operator
{
    public override string Name => "EagerAggregation";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var groups = new Dictionary<GroupingKey, (object?[] Row, AggregateState[] States)>();
        var order = new List<GroupingKey>();
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            var keyValues = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) keyValues[i] = keys[i](row, context);
            var key = new GroupingKey(keyValues);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (row, NewStates());
                context.Memory.ChargeRow(keyValues);
                context.Memory.Charge(64 + 48L * aggregates.Length);
                groups.Add(key, group);
                order.Add(key);
            }
            for (var i = 0; i < aggregates.Length; i++) aggregates[i].Feed(group.States[i], row, context);
        }

        if (groups.Count == 0 && keys.Length == 0)
        {
            groups.Add(new GroupingKey([]), (argument, NewStates()));
            order.Add(new GroupingKey([]));
        }

        foreach (var key in order)
        {
            var (row, states) = groups[key];
            var output = Copy(row);
            for (var i = 0; i < keySlots.Length; i++) output[keySlots[i]] = key.Values[i];
            for (var i = 0; i < aggregateSlots.Length; i++) output[aggregateSlots[i]] = states[i].Aggregator.Result();
            yield return output;
        }
    }

    private AggregateState[] NewStates()
    {
        var states = new AggregateState[aggregates.Length];
        for (var i = 0; i < aggregates.Length; i++) states[i] = aggregates[i].NewState();
        return states;
    }
}
