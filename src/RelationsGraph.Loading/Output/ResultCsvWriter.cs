using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Output;

/// <summary>A query result as RFC 4180 CSV: a header of column names, one line per row, values as CypherValueText.</summary>
public static class ResultCsvWriter
{
    public static void Write(TextWriter writer, QueryResult result)
    {
        writer.Write(string.Join(',', result.Columns.Select(Escape)));
        writer.Write("\r\n");
        foreach (var row in result.Rows)
        {
            writer.Write(string.Join(',', row.Select(v => Escape(v is null ? "" : CypherValueText.Format(v)))));
            writer.Write("\r\n");
        }
    }

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
