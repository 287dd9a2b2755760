using System.Diagnostics.CodeAnalysis;

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
/// null). It shares the header's name table and holds only its fields: a bulk import builds one per row,
/// and a dictionary per row was a large share of what the import allocated (a flyweight map).
/// </summary>
internal sealed class CsvRowMap(CsvHeader header, string?[] fields) : IReadOnlyDictionary<string, object?>
{
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
        value = column < fields.Length ? fields[column] : null;
        return true;
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
