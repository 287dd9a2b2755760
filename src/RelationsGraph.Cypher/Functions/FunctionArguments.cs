using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>Argument checks shared by the function groups; each failure names the function and the offending value.</summary>
internal static class FunctionArguments
{
    public static string String(string function, object argument) =>
        argument as string ?? throw CypherErrors.FunctionArgument(function, argument, "a String");

    public static long Integer(string function, object argument) =>
        argument is long l ? l : throw CypherErrors.FunctionArgument(function, argument, "an Integer");

    public static double Number(string function, object argument) => argument switch
    {
        long l => l,
        double d => d,
        _ => throw CypherErrors.FunctionArgument(function, argument, "a number"),
    };

    public static IReadOnlyList<object?> List(string function, object argument) =>
        CypherTypes.AsList(argument) ?? throw CypherErrors.FunctionArgument(function, argument, "a List");

    /// <summary>An integer count such as left()'s length: negative values are out of range.</summary>
    public static int NonNegativeInteger(string function, object argument, string what)
    {
        var value = Integer(function, argument);
        if (value < 0) throw CypherErrors.NumberOutOfRange($"{function}(): {what} must not be negative, got {value}.");
        return value > int.MaxValue ? int.MaxValue : (int)value;
    }
}
