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

    private static List<object?> NormalizeList(IEnumerable<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (item is System.Collections.IEnumerable and not string) throw Invalid(item);
            result.Add(Normalize(item));
        }
        return result;
    }

    private static CypherException Invalid(object value) => new(
        "TypeError", "InvalidPropertyType", ErrorPhase.Runtime,
        $"Property values can only be of primitive types or arrays thereof; got {value.GetType().Name}.");
}
