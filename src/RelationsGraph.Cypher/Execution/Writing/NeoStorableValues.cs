using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>
/// What Cypher may store as a property, as Neo4j rules it: a list property is an array, so it holds
/// values of one type and no null (integers and floats count as one type, numbers; Neo4j coerces
/// them). The store below keeps accepting any list; the writing clauses refuse what Neo4j refuses,
/// so a statement that runs here also runs on Neo4j.
/// </summary>
internal static class NeoStorableValues
{
    public static void Check(object? value)
    {
        if (value is string || CypherTypes.AsList(value) is not { } list) return;
        string? kind = null;
        foreach (var item in list)
        {
            if (item is null)
                throw new CypherException("TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
                    "Collections containing null values can not be stored in properties.");
            var itemKind = KindOf(item);
            if (kind is not null && kind != itemKind)
                throw new CypherException("TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
                    "Collections containing mixed types can not be stored in properties.");
            kind = itemKind;
        }
    }

    public static void CheckAll(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        for (var i = 0; i < properties.Count; i++) Check(properties[i].Value);
    }

    private static string KindOf(object item) => item switch
    {
        long or int or short or byte or double or float or decimal => "number",
        TemporalValue temporal => temporal.Kind,
        _ => item.GetType().Name,
    };
}
