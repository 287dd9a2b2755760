using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>LOAD CSV as Neo4j has it: file URLs inside the import directory, string values, headers, refusals.</summary>
public sealed class LoadCsvTests : IDisposable
{
    private readonly TempDirectory import = new();
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    private QueryOptions Options => new() { ImportDirectory = import.Path };

    private QueryResult Run(string query, QueryOptions? options = null) => db.Execute(query, options: options ?? Options);

    private void Csv(string name, string text)
    {
        var path = import.File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Rows_without_headers_are_lists_of_strings()
    {
        Csv("plain.csv", "1,Ada,\"London, UK\"\n2,,\"\"\r\n\n3,\"Cy \"\"the\"\" Third\",\"two\nlines\"\n");
        var rows = Run("LOAD CSV FROM 'file:///plain.csv' AS row RETURN row, linenumber() AS line").Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal(new object?[] { "1", "Ada", "London, UK" }, rows[0][0]);
        Assert.Equal(new object?[] { "2", null, "" }, rows[1][0]);
        Assert.Equal(new object?[] { "3", "Cy \"the\" Third", "two\nlines" }, rows[2][0]);
        Assert.Equal([1L, 2L, 4L], rows.Select(r => r[1]));
    }

    [Fact]
    public void Rows_with_headers_are_maps_and_missing_fields_are_null()
    {
        Csv("people.csv", "name;born;city\nAda;1815;London\nBob;1900\n");
        var rows = Run("""
            LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row FIELDTERMINATOR ';'
            RETURN row.name AS name, row.born AS born, row.city AS city, linenumber() AS line, file() AS file
            """).Rows;
        Assert.Equal(["Ada", "1815", "London", 2L], rows[0].Take(4));
        Assert.Equal(["Bob", "1900", null, 3L], rows[1].Take(4));
        Assert.Equal(import.File("people.csv"), rows[0][4]);
    }

    [Fact]
    public void Import_creates_nodes_with_converted_values_from_a_subfolder()
    {
        Csv("sub/dir/tabbed.tsv", "name\tborn\nAda\t1815\nBob\t1900\n");
        Run("LOAD CSV WITH HEADERS FROM 'file:///sub/dir/tabbed.tsv' AS row FIELDTERMINATOR '\\t' CREATE (:Person {name: row.name, born: toInteger(row.born)})");
        Assert.Equal(3715L, db.Execute("MATCH (p:Person) RETURN sum(p.born)").Rows[0][0]);
    }

    [Theory]
    [InlineData("file:///../outside.csv", "file URL points outside configured import directory")]
    [InlineData("file:///sub/../../outside.csv", "file URL points outside configured import directory")]
    [InlineData("file:///%2e%2e/outside.csv", "file URL points outside configured import directory")]
    [InlineData("https://example.org/x.csv", "loading resources via protocol 'https' is not permitted")]
    [InlineData("file:///missing.csv", "Couldn't load the external resource at: file:///missing.csv")]
    public void Urls_outside_the_import_directory_are_refused(string url, string message)
    {
        var error = Assert.Throws<CypherException>(() => Run($"LOAD CSV FROM '{url}' AS row RETURN row"));
        Assert.Equal("Neo.ClientError.Statement.ExternalResourceFailed", error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_not_a_swallowed_file()
    {
        Csv("broken.csv", "a,b\n\"open,c\nd,e\n");
        var error = Assert.Throws<CypherException>(() => Run("LOAD CSV FROM 'file:///broken.csv' AS row RETURN row"));
        Assert.Equal("Neo.ClientError.Statement.ExternalResourceFailed", error.Code);
        Assert.Contains("line 2: a quoted field is not closed", error.Message);
    }

    [Fact]
    public void File_urls_are_refused_without_an_import_directory()
    {
        Csv("people.csv", "a\n");
        var error = Assert.Throws<CypherException>(() => Run("LOAD CSV FROM 'file:///people.csv' AS row RETURN row", QueryOptions.Default));
        Assert.Equal("Neo.ClientError.Statement.ExternalResourceFailed", error.Code);
        Assert.Contains("no import directory is configured", error.Message);
    }

    [Theory]
    [InlineData("LOAD CSV FROM 'file:///x.csv' AS row", "Query cannot conclude with LOAD CSV")]
    [InlineData("LOAD CSV FROM 'file:///x.csv' AS row FIELDTERMINATOR ';;' RETURN row", "CSV field terminator can only be one character wide")]
    [InlineData("WITH 1 AS row LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "Variable `row` already declared")]
    public void Malformed_loads_are_refused(string query, string message) =>
        Assert.Contains(message, Assert.Throws<CypherException>(() => Run(query)).Message);

    public void Dispose()
    {
        db.Dispose();
        import.Dispose();
    }
}
