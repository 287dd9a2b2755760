using System.Buffers;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>
/// Reads CSV records one at a time (RFC 4180 with a chosen delimiter): fields in double quotes may hold the
/// delimiter, line breaks and doubled quotes (""); an empty unquoted field is null, an empty quoted one "".
/// Blank lines are skipped. Streaming, so a file of any size is read in constant memory; like Neo4j's
/// dbms.import.csv.buffer_size, a record longer than the buffer (often an unclosed quote) is an error.
/// <para>
/// Bulk imports read millions of records, so the reader scans its own block of characters for the next
/// special character and copies a run of plain characters at once into a <see cref="CsvFieldStore"/>, where
/// the record stays as a range of fields (see Record): no string per field and no array per record. A
/// record that does not fit in the store's room left moves to a fresh store; the old one stays with the rows
/// that point into it.
/// </para>
/// </summary>
internal sealed class CsvRecordReader
{
    public const int MaxRecordChars = 2 * 1024 * 1024;
    private const int BlockChars = 64 * 1024;
    // A store of 16k characters (32 KB) stays below the large-object heap; fields: four characters each on average,
    // as short numeric fields have (a store whose fields ran out first would waste its characters).
    private const int StoreChars = 16 * 1024;
    private const int StoreFields = 4 * 1024;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly string url;
    private readonly SearchValues<char> plainStops;
    private readonly SearchValues<char> quotedStops = SearchValues.Create("\"\n");
    private readonly char[] block = new char[BlockChars];
    private CsvFieldStore store = new(StoreChars, StoreFields);
    // Where the record being read, and its field being read, begin in the store.
    private int recordFirstField;
    private int recordFirstChar;
    private int fieldStart;
    private readonly List<string?> strings = [];
    private bool stringsMade;
    private int position;
    private int end;
    private long line = 1;

    /// <summary>
    /// Whether each record is done with before the next is read (see LoadCsvOperator.RowsDoneBeforeNext): then every
    /// record is written from the start of the one store, which a bulk import fills again and again.
    /// </summary>
    public bool RecordsDoneBeforeNext { get; init; }

    public CsvRecordReader(TextReader reader, char delimiter, string url)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.url = url;
        plainStops = SearchValues.Create([delimiter, '\n', '\r', '"']);
    }

    /// <summary>The fields of the record read last as strings (the list is reused by the next call).</summary>
    public IReadOnlyList<string?> Fields
    {
        get
        {
            if (stringsMade) return strings;
            strings.Clear();
            for (var f = recordFirstField; f < store.FieldCount; f++) strings.Add(store.Text(f));
            stringsMade = true;
            return strings;
        }
    }

    /// <summary>The record read last as a range of fields in its store, which no later record changes (for a caller that keeps it).</summary>
    public (CsvFieldStore Store, int First, int Count) Record => (store, recordFirstField, store.FieldCount - recordFirstField);

    /// <summary>The line the record read last starts on.</summary>
    public long Line { get; private set; }

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!Available()) return false;
            Line = line;
            stringsMade = false;
            if (RecordsDoneBeforeNext) store.CharCount = store.FieldCount = 0;
            recordFirstField = store.FieldCount;
            recordFirstChar = fieldStart = store.CharCount;
            if (ReadRecord()) return true;
        }
    }

    /// <summary>One record into the store; false when it was a blank line.</summary>
    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool ReadRecord()
    {
        var quoted = false;
        var inQuotes = false;
        var length = 0;
        while (true)
        {
            if (!Available())
            {
                if (inQuotes) throw ImportFiles.Failed($"At {url} @ line {Line}: a quoted field is not closed before the end of the file.");
                break;
            }
            var rest = block.AsSpan(position, end - position);
            var run = rest.IndexOfAny(inQuotes ? quotedStops : plainStops);
            if (run < 0) run = rest.Length;
            if (run > 0)
            {
                // Plain characters up to the next special one, copied at once.
                Count(ref length, run);
                Append(rest[..run]);
                position += run;
                continue;
            }

            var ch = block[position++];
            Count(ref length, 1);
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (Peek() == '"') { position++; Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    Append(ch);
                }
                continue;
            }
            if (ch == '"' && store.CharCount == fieldStart && !quoted) { inQuotes = quoted = true; continue; }
            if (ch == delimiter)
            {
                EndField(quoted);
                quoted = false;
                continue;
            }
            if (ch == '\r' && Peek() == '\n') continue;
            if (ch == '\n') { line++; break; }
            Append(ch);
        }
        if (store.FieldCount == recordFirstField && store.CharCount == fieldStart && !quoted) return false; // a blank line
        EndField(quoted);
        return true;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (store.CharCount + chars.Length > store.Chars.Length) Renew(chars.Length, 0);
        chars.CopyTo(store.Chars.AsSpan(store.CharCount));
        store.CharCount += chars.Length;
    }

    private void Append(char ch)
    {
        if (store.CharCount == store.Chars.Length) Renew(1, 0);
        store.Chars[store.CharCount++] = ch;
    }

    /// <summary>Ends the field being read: null when it is empty and was not quoted.</summary>
    private void EndField(bool quoted)
    {
        if (store.FieldCount == store.Starts.Length) Renew(0, 1);
        var empty = store.CharCount == fieldStart;
        store.Starts[store.FieldCount] = empty && !quoted ? -1 : fieldStart;
        store.Ends[store.FieldCount] = store.CharCount;
        store.FieldCount++;
        fieldStart = store.CharCount;
    }

    /// <summary>Moves the record being read to a fresh store with room for more characters and fields besides it.</summary>
    private void Renew(int moreChars, int moreFields)
    {
        var chars = store.CharCount - recordFirstChar;
        var fields = store.FieldCount - recordFirstField;
        var fresh = new CsvFieldStore(Math.Max(StoreChars, 2 * (chars + moreChars)), Math.Max(StoreFields, 2 * (fields + moreFields)));
        Array.Copy(store.Chars, recordFirstChar, fresh.Chars, 0, chars);
        for (var f = 0; f < fields; f++)
        {
            var start = store.Starts[recordFirstField + f];
            fresh.Starts[f] = start < 0 ? -1 : start - recordFirstChar;
            fresh.Ends[f] = store.Ends[recordFirstField + f] - recordFirstChar;
        }
        fresh.CharCount = chars;
        fresh.FieldCount = fields;
        fieldStart -= recordFirstChar;
        recordFirstChar = 0;
        recordFirstField = 0;
        store = fresh;
    }

    private void Count(ref int length, int chars)
    {
        length += chars;
        if (length > MaxRecordChars)
            throw ImportFiles.Failed($"At {url} @ line {Line}: tried to read a record longer than {MaxRecordChars} characters. Make sure that no field has an unterminated quote.");
    }

    /// <summary>Whether a character is left to read, reading the next block when this one is used up.</summary>
    private bool Available()
    {
        if (position < end) return true;
        position = 0;
        end = reader.Read(block, 0, block.Length);
        if (end > 0) return true;
        end = 0;
        return false;
    }

    private int Peek() => Available() ? block[position] : -1;
}
