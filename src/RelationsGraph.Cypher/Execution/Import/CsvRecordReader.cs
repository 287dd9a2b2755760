using System.Buffers;
using System.Text;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>
/// Reads CSV records one at a time (RFC 4180 with a chosen delimiter): fields in double quotes may hold the
/// delimiter, line breaks and doubled quotes (""); an empty unquoted field is null, an empty quoted one "".
/// Blank lines are skipped. Streaming, so a file of any size is read in constant memory; like Neo4j's
/// dbms.import.csv.buffer_size, a record longer than the buffer (often an unclosed quote) is an error.
/// <para>
/// Bulk imports read millions of records, so the reader scans its own block of characters for the next
/// special character and cuts a plain field straight out of the block; only quoted fields, and fields
/// split across two blocks, go through the character-at-a-time builder. The field list is reused:
/// callers copy what they keep before asking for the next record.
/// </para>
/// </summary>
internal sealed class CsvRecordReader
{
    public const int MaxRecordChars = 2 * 1024 * 1024;
    private const int BlockChars = 64 * 1024;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly string url;
    private readonly SearchValues<char> plainStops;
    private readonly SearchValues<char> quotedStops = SearchValues.Create("\"\n");
    private readonly char[] block = new char[BlockChars];
    private readonly StringBuilder field = new();
    private readonly List<string?> fields = [];
    private int position;
    private int end;
    private long line = 1;

    public CsvRecordReader(TextReader reader, char delimiter, string url)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.url = url;
        plainStops = SearchValues.Create([delimiter, '\n', '\r', '"']);
    }

    /// <summary>The fields of the record read last (reused by the next call).</summary>
    public IReadOnlyList<string?> Fields => fields;

    /// <summary>A copy of Fields, for a caller that keeps them.</summary>
    public string?[] CopyFields() => fields.ToArray();

    /// <summary>The line the record read last starts on.</summary>
    public long Line { get; private set; }

    /// <summary>Reads the next record into Fields; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!Available()) return false;
            Line = line;
            fields.Clear();
            if (ReadRecord()) return true;
        }
    }

    /// <summary>One record into fields; false when it was a blank line.</summary>
    private bool ReadRecord()
    {
        field.Clear();
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
                Count(ref length, run);
                if (!inQuotes && field.Length == 0 && !quoted && run < rest.Length && EndsField(rest, run, out var stop))
                {
                    // The common case: a plain field whole inside the block, cut out directly.
                    fields.Add(new string(rest[..run]));
                    Count(ref length, stop - run);
                    position += stop;
                    if (rest[run] == delimiter) continue;
                    line++;
                    return true;
                }
                field.Append(rest[..run]);
                position += run;
                continue;
            }

            var ch = block[position++];
            Count(ref length, 1);
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (Peek() == '"') { position++; field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && field.Length == 0 && !quoted) { inQuotes = quoted = true; continue; }
            if (ch == delimiter)
            {
                fields.Add(Value(quoted));
                field.Clear();
                quoted = false;
                continue;
            }
            if (ch == '\r' && Peek() == '\n') continue;
            if (ch == '\n') { line++; break; }
            field.Append(ch);
        }
        if (fields.Count == 0 && field.Length == 0 && !quoted) return false; // a blank line
        fields.Add(Value(quoted));
        return true;
    }

    /// <summary>Whether the special character at run ends the field (delimiter, \n or \r\n); stop is the offset just past it.</summary>
    private bool EndsField(ReadOnlySpan<char> rest, int run, out int stop)
    {
        var c = rest[run];
        stop = run + 1;
        if (c == delimiter || c == '\n') return true;
        if (c == '\r' && run + 1 < rest.Length && rest[run + 1] == '\n') { stop = run + 2; return true; }
        return false;
    }

    private void Count(ref int length, int chars)
    {
        length += chars;
        if (length > MaxRecordChars)
            throw ImportFiles.Failed($"At {url} @ line {Line}: tried to read a record longer than {MaxRecordChars} characters. Make sure that no field has an unterminated quote.");
    }

    private string? Value(bool quoted) => field.Length == 0 && !quoted ? null : field.ToString();

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
