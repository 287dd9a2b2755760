using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// The table behind <see cref="TryGet"/>: every scalar function group contributes its functions here.
/// Temporal functions (date(), datetime.fromepoch(), duration.between(), ...) are registered by the
/// temporal work through the optional partial method <see cref="RegisterTemporalFunctions"/>.
/// </summary>
public static partial class FunctionRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, CypherFunction>> Table = new(BuildTable);

    /// <summary>Finds a scalar function by its (case-insensitive, possibly namespaced) name.</summary>
    public static bool TryGet(string name, [MaybeNullWhen(false)] out CypherFunction function) =>
        Table.Value.TryGetValue(name, out function);

    /// <summary>All registered scalar functions, e.g. for documentation or completion.</summary>
    public static IEnumerable<CypherFunction> All => Table.Value.Values;

    /// <summary>Implemented in the temporal work's own file; adds its functions to the list.</summary>
    static partial void RegisterTemporalFunctions(List<CypherFunction> functions);

    private static IReadOnlyDictionary<string, CypherFunction> BuildTable()
    {
        var functions = new List<CypherFunction>();
        functions.AddRange(GraphFunctions.All());
        functions.AddRange(ListFunctions.All());
        functions.AddRange(ConversionFunctions.All());
        functions.AddRange(MathFunctions.All());
        functions.AddRange(TrigonometricFunctions.All());
        functions.AddRange(StringFunctions.All());
        functions.AddRange(GeneralFunctions.All());
        RegisterTemporalFunctions(functions);

        var table = new Dictionary<string, CypherFunction>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in functions)
            if (!table.TryAdd(function.Name, function))
                throw new InvalidOperationException($"Function {function.Name}() is registered twice.");
        return table;
    }
}
