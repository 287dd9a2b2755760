namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Implemented by values that define their own arithmetic with other values: the temporal types
/// (date + duration, duration * 2, ...). CypherOperators asks the left operand first and, for the
/// commutative + and *, the right operand too; returning false means "not defined for that operand",
/// which becomes a TypeError.
/// </summary>
public interface IArithmeticOperand
{
    bool TryAdd(object other, out object? result);
    bool TrySubtract(object other, out object? result);
    bool TryMultiply(object other, out object? result);
    bool TryDivide(object other, out object? result);
}
