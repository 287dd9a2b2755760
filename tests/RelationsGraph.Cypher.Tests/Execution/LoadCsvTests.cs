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
    public void A_row_with_headers_is_a_map_in_every_use()
    {
        // Duplicate header names keep the first position and the last value, as a map built by assignment does; an empty header name is no key.
        Csv("wide.csv", "a,b,a,,c\n1,2,3,4\n");
        var row = Run("""
            LOAD CSV WITH HEADERS FROM 'file:///wide.csv' AS row
            RETURN row, keys(row) AS keys, size(keys(row)) AS size, row['b'] AS b, row.c IS NULL AS noC, row.zzz IS NULL AS noZ,
                   row = {a: '3', b: '2', c: null} AS equal, [k IN keys(row) | row[k]] AS values
            """).Rows.Single();
        Assert.Equal(new Dictionary<string, object?> { ["a"] = "3", ["b"] = "2", ["c"] = null }, row[0]);
        Assert.Equal(new object?[] { "a", "b", "c" }, row[1]);
        Assert.Equal(new object?[] { 3L, "2", true, true }, row[2..6]);
        Assert.Null(row[6]); // equality with a null inside is unknown, as for any map
        Assert.Equal(new object?[] { "3", "2", null }, row[7]);

        Run("LOAD CSV WITH HEADERS FROM 'file:///wide.csv' AS row CREATE (n:Wide) SET n = row");
        Assert.Equal(new Dictionary<string, object?> { ["a"] = "3", ["b"] = "2" }, db.Execute("MATCH (n:Wide) RETURN properties(n)").Rows.Single()[0]);
        Run("LOAD CSV WITH HEADERS FROM 'file:///wide.csv' AS row MATCH (n:Wide) SET n += row, n.copy = row.b");
        Assert.Equal(new Dictionary<string, object?> { ["a"] = "3", ["b"] = "2", ["copy"] = "2" }, db.Execute("MATCH (n:Wide) RETURN properties(n)").Rows.Single()[0]);
        var stored = Assert.Throws<CypherException>(() => Run("LOAD CSV WITH HEADERS FROM 'file:///wide.csv' AS row CREATE (:Bad {m: row})"));
        Assert.Contains("Property values can only be of primitive types", stored.Message);
    }

    [Fact]
    public void An_index_seek_on_a_converted_field_finds_what_toInteger_of_its_text_finds()
    {
        // Plain integer text is sought unboxed; decimal text, spaces, empty and non-numeric fields go the general way.
        db.Execute("CREATE CONSTRAINT FOR (n:Item) REQUIRE n.code IS UNIQUE");
        db.Execute("UNWIND [1, 2, 3] AS c CREATE (:Item {code: c, kind: 'plain'})");
        db.Execute("CREATE (:Item {code: 4.0, kind: 'float'})");
        Csv("codes.csv", "code\n2\n 3 \n1.7\n\nseven\n4\n");
        const string seek = "LOAD CSV WITH HEADERS FROM 'file:///codes.csv' AS row MATCH (i:Item {code: toInteger(row.code)}) ";
        Assert.Equal(new object?[] { 2L, 3L, 1L, 4.0 }, Run(seek + "RETURN i.code").Rows.Select(r => r[0]));
        // Not covered by the seek (a second property to check): the value is checked as sought.
        Assert.Equal(new object?[] { 2L, 3L, 1L }, Run(seek.Replace("{code:", "{kind: 'plain', code:") + "RETURN i.code").Rows.Select(r => r[0]));

        // Inside a write: edges to the sought nodes; then a key moved by an earlier batch is no longer found under its old value.
        Run(seek + "CREATE (i)-[:SEEN]->(:Sighting)");
        Assert.Equal(4L, db.Execute("MATCH (:Item)-[s:SEEN]->() RETURN count(s)").Rows[0][0]);
        Csv("moves.csv", "from,to\n2,20\n2,21\n");
        Run("LOAD CSV WITH HEADERS FROM 'file:///moves.csv' AS row CALL { WITH row MATCH (i:Item {code: toInteger(row.from)}) SET i.code = toInteger(row.to) } IN TRANSACTIONS OF 1 ROWS");
        Assert.Equal([20L], db.Execute("MATCH (i:Item) WHERE i.code >= 20 RETURN i.code").Rows.Select(r => r[0]));
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
    public void Records_read_the_same_across_block_boundaries_and_line_endings()
    {
        // Enough records to span several of the reader's 64k-character blocks, with every field shape at every offset:
        // plain, empty (null), quoted (delimiter, doubled quotes, line breaks inside), quoted empty, CRLF or LF endings.
        var random = new Random(3);
        var expected = new List<object?[]>();
        var text = new System.Text.StringBuilder();
        for (var record = 0; record < 6000; record++)
        {
            var values = new object?[3];
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) text.Append(',');
                switch (random.Next(5))
                {
                    case 0: values[i] = null; break;
                    case 1: values[i] = ""; text.Append("\"\""); break;
                    case 2:
                        values[i] = $"q,{record}\"x\"\n{i}";
                        text.Append($"\"q,{record}\"\"x\"\"\n{i}\"");
                        break;
                    default:
                        values[i] = new string((char)('a' + random.Next(26)), 1 + random.Next(30)) + record;
                        text.Append(values[i]);
                        break;
                }
            }
            expected.Add(values);
            text.Append(random.Next(2) == 0 ? "\r\n" : "\n");
        }
        Csv("blocks.csv", text.ToString());
        var rows = Run("LOAD CSV FROM 'file:///blocks.csv' AS row RETURN row").Rows;
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++) Assert.Equal(expected[i], rows[i][0]);
    }

    [Fact]
    public void Rows_kept_with_headers_read_their_own_fields_after_the_reader_moves_on()
    {
        // Rows point into the reader's field store: a file larger than many stores, every row kept to the end
        // (RETURN collects them all), each row still reads its own fields, quotes undone and nulls kept.
        var text = new System.Text.StringBuilder("id,name,note\n");
        for (var i = 0; i < 20_000; i++)
            text.Append(i).Append(',').Append(i % 7 == 0 ? "" : $"\"n{i},\"\"x\"\"\"").Append(',').Append(new string('z', i % 40)).Append('\n');
        Csv("kept.csv", text.ToString());
        var rows = Run("LOAD CSV WITH HEADERS FROM 'file:///kept.csv' AS row RETURN row").Rows;
        Assert.Equal(20_000, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = (IReadOnlyDictionary<string, object?>)rows[i][0]!;
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), row["id"]);
            Assert.Equal(i % 7 == 0 ? null : $"n{i},\"x\"", row["name"]);
            Assert.Equal(i % 40 == 0 ? null : new string('z', i % 40), row["note"]);
        }
    }

    [Fact]
    public void Numbers_converted_from_fields_match_the_conversion_of_their_strings()
    {
        // toInteger/toFloat over a row's field read its characters in place; the answers are those of the string:
        // spaces trimmed, decimals truncated, a sign kept, text that is no number, an empty (null) and a missing field null.
        Csv("numbers.csv", "v\n42\n -7 \n1.9\n\"-2.5\"\nabc\n\n\"\"\n1e3\n");
        var rows = Run("""
            LOAD CSV WITH HEADERS FROM 'file:///numbers.csv' AS row
            RETURN toInteger(row.v) AS i, toInteger(row['v']) AS viaString, toFloat(row.v) AS f, toFloat(row['v']) AS floatViaString,
                   toInteger(row.missing) AS missing
            """).Rows;
        Assert.Equal(new object?[] { 42L, -7L, 1L, -2L, null, null, 1000L }, rows.Select(r => r[0]));
        Assert.Equal(rows.Select(r => r[1]), rows.Select(r => r[0]));
        Assert.Equal(new object?[] { 42.0, -7.0, 1.9, -2.5, null, null, 1000.0 }, rows.Select(r => r[2]));
        Assert.Equal(rows.Select(r => r[3]), rows.Select(r => r[2]));
        Assert.All(rows, r => Assert.Null(r[4]));
        // Any other value goes through the function as before.
        Assert.Equal(3L, Run("WITH {v: '3.7'} AS row RETURN toInteger(row.v) AS i").Rows.Single()[0]);
    }

    [Fact]
    public void An_import_in_transactions_gives_every_record_a_clean_row()
    {
        // The bulk-import shape (LOAD CSV, then a unit CALL { } IN TRANSACTIONS, nothing returned) fills one row array
        // for every record: what the subquery bound for one record must not be seen by the next. Records alternate
        // between a reference that matches and one that does not, and between a property present and a null one.
        Run("CREATE (:Owner {id: 1}), (:Owner {id: 3})");
        Csv("items.csv", "id,owner,note\n10,1,a\n11,2,\n12,3,c\n13,4,\n14,1,e\n");
        Run("""
            LOAD CSV WITH HEADERS FROM 'file:///items.csv' AS row
            CALL { WITH row OPTIONAL MATCH (o:Owner {id: toInteger(row.owner)})
                   CREATE (i:Item {id: toInteger(row.id), note: row.note, owner: o.id}) } IN TRANSACTIONS OF 2 ROWS
            """);
        var items = Run("MATCH (i:Item) RETURN i.id, i.note, i.owner ORDER BY i.id").Rows;
        Assert.Equal(new object?[] { 10L, "a", 1L }, items[0]);
        Assert.Equal(new object?[] { 11L, null, null }, items[1]);
        Assert.Equal(new object?[] { 12L, "c", 3L }, items[2]);
        Assert.Equal(new object?[] { 13L, null, null }, items[3]);
        Assert.Equal(new object?[] { 14L, "e", 1L }, items[4]);
        // Records longer than the reader's field store, between short ones, each read whole.
        Csv("long-items.csv", $"id,text\n1,{new string('x', 40_000)}\n2,y\n3,\"{new string('z', 70_000)}\"\n4,\n");
        Run("""
            LOAD CSV WITH HEADERS FROM 'file:///long-items.csv' AS row
            CALL { WITH row CREATE (:Text {id: toInteger(row.id), size: size(row.text)}) } IN TRANSACTIONS OF 3 ROWS
            """);
        Assert.Equal(new object?[] { 40_000L, 1L, 70_000L, null },
            Run("MATCH (t:Text) RETURN t.size ORDER BY t.id").Rows.Select(r => r[0]));
        // A statement that returns the rows keeps each its own.
        var rows = Run("LOAD CSV WITH HEADERS FROM 'file:///items.csv' AS row CALL { WITH row CREATE (:Copy {id: row.id}) } RETURN row.id AS id").Rows;
        Assert.Equal(new object?[] { "10", "11", "12", "13", "14" }, rows.Select(r => r[0]));
    }

    [Fact]
    public void A_field_longer_than_a_block_is_read_whole()
    {
        var longField = new string('x', 150_000);
        Csv("long.csv", $"id,text\n1,{longField}\r\n2,\"{longField}\"\n3,{longField}");
        var rows = Run("LOAD CSV WITH HEADERS FROM 'file:///long.csv' AS row RETURN row.id AS id, size(row.text) AS size, linenumber() AS line").Rows;
        Assert.Equal(new object?[] { "1", 150_000L, 2L }, rows[0]);
        Assert.Equal(new object?[] { "2", 150_000L, 3L }, rows[1]);
        Assert.Equal(new object?[] { "3", 150_000L, 4L }, rows[2]);
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_an_error()
    {
        Csv("huge.csv", "a\n" + new string('y', 2 * 1024 * 1024 + 1) + "\n");
        var error = Assert.Throws<CypherException>(() => Run("LOAD CSV FROM 'file:///huge.csv' AS row RETURN count(*)"));
        Assert.Contains("line 2: tried to read a record longer than", error.Message);
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
