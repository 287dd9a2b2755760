using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Storage;

/// <summary>Checks that a value may be stored as a property, and brings stray CLR numbers to long/double.</summary>
internal static class PropertyValues
{
    public static object? Normalize(object? value) => value switch
    {
        null or bool or long or double or string or TemporalValue => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        float f => (double)f,
        decimal m => (double)m,
        IEnumerable<object?> list when value is not IDictionary<string, object?> && value is not IReadOnlyDictionary<string, object?>
            => NormalizeList(list),
        _ => throw Invalid(value),
    };

    /// <summary>The storable form of a lookup value, or null when no stored property can equal it.</summary>
    public static object? TryNormalize(object? value)
    {
        try { return Normalize(value); }
        catch (CypherException) { return null; }
    }

    // As in Neo4j, a stored list is homogeneous and holds no null (an array property, not a Cypher list).
    // Integers and floats may mix, as Neo4j coerces such a list to one number type.
    private static List<object?> NormalizeList(IEnumerable<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (item is System.Collections.IEnumerable and not string) throw Invalid(item);
            var normalized = Normalize(item) ?? throw new CypherException("TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
                "Collections containing null values can not be stored in properties.");
            if (result.Count > 0 && StorageKind(result[0]) != StorageKind(normalized))
                throw new CypherException("TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
                    "Collections containing mixed types can not be stored in properties.");
            result.Add(normalized);
        }
        return result;
    }

    private static string StorageKind(object? value) => value switch
    {
        long or double => "number",
        TemporalValue temporal => temporal.Kind,
        _ => value!.GetType().Name,
    };

    private static CypherException Invalid(object value) => new(
        "TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
        $"Property values can only be of primitive types or arrays thereof; got {value.GetType().Name}.");
}
