using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>DISTINCT over the given slots, using Cypher equivalence (null ≡ null, 1 ≡ 1.0).</summary>
internal sealed class DistinctOperator(Operator input, int[] slots) : Operator
{
    public override string Name => "Distinct";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var seen = new HashSet<GroupingKey>();
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            var values = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++) values[i] = row[slots[i]];
            if (!seen.Add(new GroupingKey(values))) continue;
            context.Memory.ChargeRow(values);
            yield return row;
        }
    }
}

/// <summary>A tuple of values hashed and compared by Cypher equivalence, for DISTINCT, grouping and UNION.</summary>
internal readonly struct GroupingKey(object?[] values) : IEquatable<GroupingKey>
{
    public object?[] Values { get; } = values;

    public bool Equals(GroupingKey other)
    {
        if (Values.Length != other.Values.Length) return false;
        for (var i = 0; i < Values.Length; i++)
            if (!CypherEquivalence.Instance.Equals(Values[i], other.Values[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is GroupingKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values) hash.Add(CypherEquivalence.Instance.GetHashCode(value));
        return hash.ToHashCode();
    }
}
