namespace RelationsGraph.Cypher.Values;

/// <summary>
/// AND, OR, XOR and NOT in three-valued logic. Operands must be booleans or null; anything else is a
/// TypeError. The evaluator may short-circuit (false AND x, true OR x) before evaluating x.
/// </summary>
public static class CypherBoolean
{
    public static bool? And(object? a, object? b)
    {
        var left = AsBoolean("AND", a);
        var right = AsBoolean("AND", b);
        if (left == false || right == false) return false;
        if (left is null || right is null) return null;
        return true;
    }

    public static bool? Or(object? a, object? b)
    {
        var left = AsBoolean("OR", a);
        var right = AsBoolean("OR", b);
        if (left == true || right == true) return true;
        if (left is null || right is null) return null;
        return false;
    }

    public static bool? Xor(object? a, object? b)
    {
        var left = AsBoolean("XOR", a);
        var right = AsBoolean("XOR", b);
        if (left is null || right is null) return null;
        return left != right;
    }

    public static bool? Not(object? a) => AsBoolean("NOT", a) is { } value ? !value : null;

    /// <summary>The operand as a three-valued boolean; a TypeError naming the operator for any other type.</summary>
    public static bool? AsBoolean(string operation, object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.OperandType(operation, value),
    };
}
