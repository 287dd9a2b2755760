using RelationsGraph.Cypher;
using RelationsGraph.Loading.Output;

namespace RelationsGraph.Loading.Tests.Output;

public sealed class ResultCsvWriterTests
{
    [Fact]
    public void Lists_and_maps_are_json_cells_and_scalars_plain_text()
    {
        var result = new QueryResult(["name", "aliases", "extra", "year"],
            [["Lee, Jae-myung", new List<object?> { "Mr Lee", "Lee's \"team\"" }, new Dictionary<string, object?> { ["k"] = 1L }, 2026L]],
            new QueryStatistics());
        var text = new StringWriter();
        ResultCsvWriter.Write(text, result);

        Assert.Equal("name,aliases,extra,year\r\n" +
                     "\"Lee, Jae-myung\",\"[\"\"Mr Lee\"\",\"\"Lee\\u0027s \\u0022team\\u0022\"\"]\",\"{\"\"k\"\":1}\",2026\r\n",
            text.ToString());
    }
}
