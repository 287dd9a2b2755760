using System.Text;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>One record of a CSV file: its fields (null for an empty unquoted field) and the line it starts on.</summary>
internal sealed record CsvRecord(string?[] Fields, long Line);

/// <summary>
/// Reads CSV records one at a time (RFC 4180 with a chosen delimiter): fields in double quotes may hold the
/// delimiter, line breaks and doubled quotes (""); an empty unquoted field is null, an empty quoted one "".
/// Blank lines are skipped. Streaming, so a file of any size is read in constant memory; like Neo4j's
/// dbms.import.csv.buffer_size, a record longer than the buffer (often an unclosed quote) is an error.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter, string url)
{
    public const int MaxRecordChars = 2 * 1024 * 1024;
    private long line = 1;

    public IEnumerable<CsvRecord> Records()
    {
        while (Next() is { } record) yield return record;
    }

    private CsvRecord? Next()
    {
        while (true)
        {
            if (reader.Peek() < 0) return null;
            var start = line;
            var fields = new List<string?>();
            var field = new StringBuilder();
            var quoted = false;
            var inQuotes = false;
            var length = 0;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    if (inQuotes) throw ImportFiles.Failed($"At {url} @ line {start}: a quoted field is not closed before the end of the file.");
                    break;
                }
                if (++length > MaxRecordChars)
                    throw ImportFiles.Failed($"At {url} @ line {start}: tried to read a record longer than {MaxRecordChars} characters. Make sure that no field has an unterminated quote.");
                var ch = (char)c;
                if (inQuotes)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
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
                    fields.Add(Value(field, quoted));
                    field.Clear();
                    quoted = false;
                    continue;
                }
                if (ch == '\r' && reader.Peek() == '\n') continue;
                if (ch == '\n') { line++; break; }
                field.Append(ch);
            }
            if (fields.Count == 0 && field.Length == 0 && !quoted) continue; // a blank line
            fields.Add(Value(field, quoted));
            return new CsvRecord(fields.ToArray(), start);
        }
    }

    private static string? Value(StringBuilder field, bool quoted) => field.Length == 0 && !quoted ? null : field.ToString();
}
