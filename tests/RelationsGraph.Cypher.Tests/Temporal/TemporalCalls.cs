using RelationsGraph.Cypher.Functions;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Tests.Temporal;

/// <summary>Calls the registered temporal functions the way the executor does, with Cypher-shaped arguments.</summary>
internal static class TemporalCalls
{
    public static object? Call(string function, params object?[] arguments)
    {
        Assert.True(FunctionRegistry.TryGet(function, out var found), $"{function}() is not registered");
        return found.Invoke(arguments);
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    public static CypherDuration Duration(string iso) => (CypherDuration)TemporalValue.Parse("Duration", iso);
}
