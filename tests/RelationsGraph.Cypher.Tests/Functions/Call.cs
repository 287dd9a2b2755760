using RelationsGraph.Cypher.Functions;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Functions;

/// <summary>Looks a function up by name and invokes it, as the executor does.</summary>
internal static class Call
{
    public static object? Function(string name) => Invoke(name, []);

    // The first argument is separate so that Function("id", null) passes one null argument, not a null array.
    public static object? Function(string name, object? first, params object?[] rest) => Invoke(name, [first, .. rest]);

    /// <summary>A function of one entity, with the reader that answers for it (labels(), properties(), startNode()).</summary>
    public static object? Reading(IGraphReader reader, string name, object? argument)
    {
        Assert.True(FunctionRegistry.TryGet(name, out var function), $"{name}() is not registered");
        return function.InvokeOne(argument, reader);
    }

    public static CypherException Failing(string name, object? first, params object?[] rest) =>
        Assert.Throws<CypherException>(() => Invoke(name, [first, .. rest]));

    private static object? Invoke(string name, object?[] arguments)
    {
        Assert.True(FunctionRegistry.TryGet(name, out var function), $"{name}() is not registered");
        return function.Invoke(arguments);
    }
}
