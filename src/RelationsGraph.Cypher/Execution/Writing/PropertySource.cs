using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>The {k: v} map of a CREATE or MERGE pattern element, evaluated against a row; null values are left out.</summary>
internal sealed class PropertySource(string[] keys, Evaluator[] values, Evaluator? map)
{
    public static readonly PropertySource None = new([], [], null);

    public IReadOnlyList<KeyValuePair<string, object?>> Evaluate(object?[] row, ExecutionContext context)
    {
        if (map is null && keys.Length == 0) return []; // most bulk-loaded relationships: nothing to build per row
        // One list per statement serves every entity it creates: the store copies what it keeps before the next is evaluated.
        var result = context.CreatedProperties;
        result.Clear();
        if (map is not null)
        {
            var value = map(row, context);
            if (value is null) return result;
            var dictionary = CypherTypes.AsMap(value) ?? throw CypherErrors.OperandType("a property map", value);
            foreach (var entry in dictionary)
                if (entry.Value is not null) result.Add(new(entry.Key, CypherTypes.Normalize(entry.Value)));
            return result;
        }
        for (var i = 0; i < keys.Length; i++)
        {
            var value = values[i](row, context);
            if (value is not null) result.Add(new(keys[i], CypherTypes.Normalize(value)));
        }
        return result;
    }

    /// <summary>MERGE cannot create an entity whose pattern property evaluates to null.</summary>
    public void EnsureNoNulls(object?[] row, ExecutionContext context, string kind)
    {
        if (map is not null) return;
        for (var i = 0; i < keys.Length; i++)
            if (values[i](row, context) is null)
                throw new CypherException("SemanticError", "MergeReadOwnWrites", ErrorPhase.Runtime,
                    $"Cannot merge the following {kind} because of null property value for '{keys[i]}'.");
    }
}
