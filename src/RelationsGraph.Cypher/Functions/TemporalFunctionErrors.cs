using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>Errors of the temporal constructor functions about their arguments.</summary>
internal static class TemporalFunctionErrors
{
    public static CypherException UnknownField(string function, string key) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, $"{function}(): unknown field '{key}'.");

    public static CypherException Missing(string function, string what) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, $"{function}(): {what} must be specified.");

    public static CypherException CannotProject(string function, object? value) =>
        CypherErrors.FunctionArgument(function, value, "a String, a Map or a compatible temporal value");
}
