using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Output;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Tests.Output;

public sealed class ResultJsonWriterTests
{
    private static readonly Node Lee = new("n1", ["Person"], new Dictionary<string, object?> { ["name"] = "Lee", ["aliases"] = new List<object?> { "Mr Lee" } });
    private static readonly Node Summit = new("n2", ["Meeting"], new Dictionary<string, object?> { ["date"] = "2026-01" });
    private static readonly Relationship Attended = new("r1", "ATTENDED", "n1", "n2", new Dictionary<string, object?> { ["role"] = "guest" });

    [Fact]
    public void Writes_columns_rows_and_stats_with_graph_values_in_the_documented_shape()
    {
        var result = new QueryResult(["n", "r", "p", "x"],
            [[Lee, Attended, new CypherPath([Lee, Summit], [Attended]), new List<object?> { 1L, 2.5, null, double.NaN }]],
            new QueryStatistics { NodesCreated = 2 });

        using var json = JsonDocument.Parse(ResultJsonWriter.ToJson(result));
        var root = json.RootElement;

        Assert.Equal(["n", "r", "p", "x"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var row = root.GetProperty("rows")[0];
        Assert.Equal("n1", row[0].GetProperty("elementId").GetString());
        Assert.Equal("Person", row[0].GetProperty("labels")[0].GetString());
        Assert.Equal("Mr Lee", row[0].GetProperty("properties").GetProperty("aliases")[0].GetString());
        Assert.Equal(("ATTENDED", "n1", "n2"), (row[1].GetProperty("type").GetString(),
            row[1].GetProperty("startElementId").GetString(), row[1].GetProperty("endElementId").GetString()));
        Assert.Equal(2, row[2].GetProperty("nodes").GetArrayLength());
        Assert.Equal("r1", row[2].GetProperty("relationships")[0].GetProperty("elementId").GetString());
        Assert.Equal("[1,2.5,null,\"NaN\"]", row[3].GetRawText());
        Assert.Equal(2, root.GetProperty("stats").GetProperty("nodesCreated").GetInt32());
        Assert.True(root.GetProperty("stats").GetProperty("containsUpdates").GetBoolean());
    }

    [Fact]
    public void Table_text_reads_like_Cypher_literals()
    {
        Assert.Equal("(:Person {name: 'Lee', aliases: ['Mr Lee']})", CypherValueText.Format(Lee));
        Assert.Equal("(:Person {name: 'Lee', aliases: ['Mr Lee']})-[:ATTENDED {role: 'guest'}]->(:Meeting {date: '2026-01'})",
            CypherValueText.Format(new CypherPath([Lee, Summit], [Attended])));
        Assert.Equal("it's", CypherValueText.Format("it's"));
        Assert.Equal("['it\\'s', 1, 2.0, {a: null}]", CypherValueText.Format(new List<object?>
            { "it's", 1L, 2.0, new Dictionary<string, object?> { ["a"] = null } }));
    }

    [Fact]
    public void Csv_quotes_fields_that_need_it()
    {
        var result = new QueryResult(["name", "note"], [["Lee, Jae", "say \"hi\""], [null, 3L]], new QueryStatistics());
        var text = new StringWriter();

        ResultCsvWriter.Write(text, result);

        Assert.Equal("name,note\r\n\"Lee, Jae\",\"say \"\"hi\"\"\"\r\n,3\r\n", text.ToString());
    }
}
