using System.Diagnostics.CodeAnalysis;
using RelationsGraph.Cypher.Functions;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>
/// The header names of one CSV file, read once: each distinct name in order of first appearance, with
/// the column its value comes from (the last column of that name, as a map built by assignment keeps it).
/// </summary>
internal sealed class CsvHeader
{
    public CsvHeader(IReadOnlyList<string?> names)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is not { } name) continue;
            if (!columns.ContainsKey(name)) order.Add(name);
            columns[name] = i;
        }
        Columns = columns;
        Names = [.. order];
    }

    public IReadOnlyDictionary<string, int> Columns { get; }
    public string[] Names { get; }
}

/// <summary>
/// One record of a file read WITH HEADERS, as the Cypher map it is (header name → field, missing fields
/// null). It shares the header's name table and points at its fields in the reader's store (CsvFieldStore):
/// a bulk import builds one per row, so a row is this one object; a field becomes a string when read as a
/// value, and a conversion over it (ConvertField) reads its characters without one (a flyweight map).
/// </summary>
internal sealed class CsvRowMap(CsvHeader header, CsvFieldStore store, int first, int count) : IReadOnlyDictionary<string, object?>
{
    /// <summary>Points this map at another record: only where each row is done with before the next (LoadCsvOperator.RowsDoneBeforeNext).</summary>
    public void MoveTo(CsvFieldStore nextStore, int nextFirst, int nextCount) => (store, first, count) = (nextStore, nextFirst, nextCount);

    public int Count => header.Names.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => header.Names;

    public IEnumerable<object?> Values => header.Names.Select(name => this[name]);

    public bool ContainsKey(string key) => header.Columns.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (!header.Columns.TryGetValue(key, out var column))
        {
            value = null;
            return false;
        }
        value = column < count ? store.Text(first + column) : null;
        return true;
    }

    /// <summary>
    /// The field of key converted as toInteger (integer) or toFloat would convert its string, read from the
    /// record's characters: null for a missing key or field, a null field, or text that is no number.
    /// </summary>
    public object? ConvertField(string key, bool integer)
    {
        if (!header.Columns.TryGetValue(key, out var column) || column >= count || !store.TryGetSpan(first + column, out var text)) return null;
        return integer ? ConversionFunctions.IntegerFromText(text) : ConversionFunctions.FloatFromText(text);
    }

    /// <summary>
    /// The field of key when it is plain integer text (what toInteger reads as that integer), unboxed; false for
    /// anything else (missing, null, decimal or no number), which ConvertField answers.
    /// </summary>
    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryIntegerField(string key, out long value)
    {
        value = 0;
        return header.Columns.TryGetValue(key, out var column) && column < count && store.TryGetSpan(first + column, out var text)
            && ConversionFunctions.TryPlainInteger(text, out value);
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var name in header.Names)
        {
            TryGetValue(name, out var value);
            yield return new(name, value);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
