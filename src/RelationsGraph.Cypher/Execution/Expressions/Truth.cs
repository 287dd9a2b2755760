using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>Three-valued logic helpers: predicates are true, false or null (unknown).</summary>
internal static class Truth
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object? Box(bool? value) => value switch { true => True, false => False, null => null };

    /// <summary>Whether a WHERE-style predicate keeps the row; non-boolean values are a type error.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        bool b => b,
        null => false,
        _ => throw CypherErrors.OperandType("a predicate", value),
    };

    /// <summary>Reads a boolean operand of AND/OR/XOR/NOT: true, false or null; anything else is a type error.</summary>
    public static bool? Operand(object? value, string operation) => value switch
    {
        bool b => b,
        null => null,
        _ => throw CypherErrors.OperandType(operation, value),
    };
}
