using System.Collections;
using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Output;

/// <summary>
/// A query result as RFC 4180 CSV: a header of column names, one line per row. Scalars are written as
/// their text; lists, maps, nodes, relationships and paths as their JSON (the shape of
/// <see cref="ResultJsonWriter"/>), as Neo4j Browser's CSV export does, so a spreadsheet or a CSV
/// reader gets one parseable cell, not a Cypher literal.
/// </summary>
public static class ResultCsvWriter
{
    public static void Write(TextWriter writer, QueryResult result)
    {
        writer.Write(string.Join(',', result.Columns.Select(Escape)));
        writer.Write("\r\n");
        foreach (var row in result.Rows)
        {
            writer.Write(string.Join(',', row.Select(v => Escape(Cell(v)))));
            writer.Write("\r\n");
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable or Node or Relationship or RelationsGraph.Cypher.Path => Json(value),
        _ => CypherValueText.Format(value),
    };

    private static string Json(object value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            ResultJsonWriter.WriteValue(json, value);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
