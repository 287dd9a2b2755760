namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Hooks the generic operators in Values/ call: arithmetic through <see cref="IArithmeticOperand"/> and ordering
/// through <see cref="IComparable"/>. Combinations Cypher does not define answer false (a TypeError upstream), or
/// ArgumentException from CompareTo.
/// </summary>
public abstract partial class TemporalValue : IArithmeticOperand, IComparable
{
    public bool TryAdd(object other, out object? result)
    {
        result = other is TemporalValue temporal && (this is CypherDuration || temporal is CypherDuration)
            ? TemporalArithmetic.Add(this, temporal)
            : null;
        return result is not null;
    }

    public bool TrySubtract(object other, out object? result)
    {
        result = other is CypherDuration duration ? TemporalArithmetic.Subtract(this, duration) : null;
        return result is not null;
    }

    public bool TryMultiply(object other, out object? result)
    {
        result = this is CypherDuration duration && other is long or double ? TemporalArithmetic.Multiply(duration, other) : null;
        return result is not null;
    }

    public bool TryDivide(object other, out object? result)
    {
        result = this is CypherDuration duration && other is long or double ? TemporalArithmetic.Divide(duration, other) : null;
        return result is not null;
    }

    /// <summary>
    /// Chronological order within one instant kind (the same instant in two zones compares as 0); durations, which
    /// Cypher does not order with &lt;, order by their fields so that ORDER BY stays deterministic.
    /// </summary>
    public int CompareTo(object? other)
    {
        if (other is TemporalValue temporal && temporal.Kind == Kind)
            return TemporalComparison.Compare(this, temporal) ?? TemporalComparison.CompareForOrdering(this, temporal);
        throw new ArgumentException($"A {Kind} cannot be compared to {CypherTypes.NameOf(other)}.", nameof(other));
    }
}
