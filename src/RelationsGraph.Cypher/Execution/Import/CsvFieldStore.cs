namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>
/// The fields of consecutive CSV records, stored one after another: every field's characters (quotes already
/// undone) in one char array, and per field where they start and end in it (start -1: a null field). A record
/// is a range of fields here, so a row costs no string and no array of its own: a bulk import converts most
/// fields at once (toInteger(row.id)) and needs no string for them; a string is made when a field is read as one.
/// Append-only: what a finished record holds is never written again, so rows may keep a store after the reader
/// has moved on to a fresh one.
/// </summary>
internal sealed class CsvFieldStore(int chars, int fields)
{
    public readonly char[] Chars = new char[chars];
    public readonly int[] Starts = new int[fields];
    public readonly int[] Ends = new int[fields];
    public int CharCount;
    public int FieldCount;

    /// <summary>The field's characters; false for a null field (empty and unquoted).</summary>
    public bool TryGetSpan(int field, out ReadOnlySpan<char> span)
    {
        var start = Starts[field];
        if (start < 0)
        {
            span = default;
            return false;
        }
        span = Chars.AsSpan(start, Ends[field] - start);
        return true;
    }

    /// <summary>The field as a string (null for a null field).</summary>
    public string? Text(int field) => TryGetSpan(field, out var span) ? new string(span) : null;
}
