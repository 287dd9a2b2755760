namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Factory for the run-time errors raised by the value layer and the scalar functions, so that the
/// TCK error class/detail pairs are spelled in one place.
/// </summary>
public static class CypherErrors
{
    /// <summary>An operator met operand types it is not defined for, e.g. <c>true + 1</c>.</summary>
    public static CypherException OperatorTypes(string operation, object? left, object? right) =>
        new("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Cannot apply {operation} to {CypherTypes.NameOf(left)} and {CypherTypes.NameOf(right)}.");

    /// <summary>A unary operator or boolean connective met an operand type it is not defined for.</summary>
    public static CypherException OperandType(string operation, object? operand) =>
        new("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Cannot apply {operation} to {CypherTypes.NameOf(operand)}.");

    /// <summary>A function got an argument of a type it does not accept (the TCK wants InvalidArgumentValue).</summary>
    public static CypherException FunctionArgument(string function, object? argument, string expected) =>
        new("TypeError", "InvalidArgumentValue", ErrorPhase.Runtime,
            $"{function}() expects {expected} but got {CypherTypes.NameOf(argument)}: {CypherValueText.Describe(argument)}.");

    /// <summary>A numeric argument outside the range a function accepts (e.g. range() with step 0).</summary>
    public static CypherException NumberOutOfRange(string message) =>
        new("ArgumentError", "NumberOutOfRange", ErrorPhase.Runtime, message);

    /// <summary>An argument of the wrong type where Neo4j reports an ArgumentError (e.g. range() bounds).</summary>
    public static CypherException ArgumentType(string message) =>
        new("ArgumentError", "InvalidArgumentType", ErrorPhase.Runtime, message);

    /// <summary>A value that has the right type but cannot be used, e.g. a malformed regular expression.</summary>
    public static CypherException InvalidArgumentValue(string message) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, message);

    /// <summary>Integer arithmetic left the 64-bit range; Neo4j reports an ArithmeticError.</summary>
    public static CypherException IntegerOverflow(string operation) =>
        new("ArithmeticError", "IntegerOverflow", ErrorPhase.Runtime, $"long overflow in {operation}");

    /// <summary>Integer division or modulo by zero; the message is Neo4j's "/ by zero".</summary>
    public static CypherException DivisionByZero() =>
        new("ArithmeticError", "DivisionByZero", ErrorPhase.Runtime, "/ by zero");
}
