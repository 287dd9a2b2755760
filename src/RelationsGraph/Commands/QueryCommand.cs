using System.CommandLine;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Output;
using RelationsGraph.Loading.Querying;
using Spectre.Console;

namespace RelationsGraph.Commands;

/// <summary>`query "CYPHER"`: runs one statement on the embedded store or Neo4j and prints the result.</summary>
internal static class QueryCommand
{
    private const int ErrorExitCode = 2;

    public static Command Create()
    {
        var cypher = new Argument<string>("cypher") { Description = "The Cypher statement to run." };
        var data = new Option<string?>("--data") { Description = "Data directory of the embedded store (default ./data or RELATIONSGRAPH_DATA)." };
        var neo4j = new Option<string?>("--neo4j") { Description = "Neo4j HTTP address, e.g. http://localhost:7474 (or NEO4J_URI); credentials from NEO4J_USER/NEO4J_PASSWORD." };
        var parameters = new Option<string[]>("--param") { Description = "A query parameter as name=value (repeatable); numbers, true/false/null, 'strings', JSON lists and maps." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var write = new Option<bool>("--write") { Description = "Allow statements that change the graph (read-only otherwise)." };
        var recover = StoreOpening.RecoverOption();
        var importDirectory = new Option<string?>("--import-dir") { Description = "Folder LOAD CSV reads file:/// URLs from (none: file URLs are refused)." };

        var command = new Command("query", "Run a Cypher statement against the graph.") { cypher, data, neo4j, parameters, format, write, recover, importDirectory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(cypher)!;
            try
            {
                // Without --write the embedded store is opened read-only: no file is changed, not even a torn tail cut.
                var settings = GraphDatabaseSettings.Resolve(parse.GetValue(data), parse.GetValue(neo4j)) with
                {
                    ReadOnly = !parse.GetValue(write), Recover = parse.GetValue(recover),
                };
                var values = QueryParameterParser.Parse(parse.GetValue(parameters) ?? []);
                // A read-only query has nothing to read in a folder that does not exist: a mistyped path
                // is reported, not answered from a new empty store (which would also be left behind).
                if (!settings.UsesNeo4j && settings.ReadOnly && !Directory.Exists(settings.DataDirectory))
                {
                    Console.Error.WriteLine($"query: no graph store at {System.IO.Path.GetFullPath(settings.DataDirectory)} (create one with ingest or serve, or pass --write)");
                    return ErrorExitCode;
                }
                await using var database = GraphDatabaseFactory.Open(settings);
                StoreOpening.ReportRecovery("query", database);
                var result = await database.RunAsync(text, values, new QueryOptions { ReadOnly = !parse.GetValue(write), ImportDirectory = parse.GetValue(importDirectory) }, cancellationToken);
                Print(result, parse.GetValue(format)!);
                return 0;
            }
            catch (DamagedStoreException e)
            {
                return StoreOpening.ReportDamage("query", e);
            }
            catch (CypherException e)
            {
                Console.Error.WriteLine(e.Describe(text));
                return ErrorExitCode;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException or NotImplementedException)
            {
                Console.Error.WriteLine($"query: {e.Message}");
                return ErrorExitCode;
            }
        });
        return command;
    }

    private static void Print(QueryResult result, string format)
    {
        switch (format)
        {
            case "json":
                Console.Out.WriteLine(ResultJsonWriter.ToJson(result));
                break;
            case "csv":
                ResultCsvWriter.Write(Console.Out, result);
                break;
            default:
                PrintTable(result);
                break;
        }
    }

    private static void PrintTable(QueryResult result)
    {
        if (result.Columns.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in result.Columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
            foreach (var row in result.Rows)
                table.AddRow(row.Select(v => new Text(CypherValueText.Format(v))).ToArray());
            Terminal.Out.Write(table);
        }
        if (result.Plan is { } plan) PlanTable.Print(plan);
        var rows = result.Rows.Count == 1 ? "1 row" : $"{result.Rows.Count} rows";
        var truncated = result.Truncated ? " (truncated)" : "";
        Terminal.Out.MarkupLine($"[grey]{rows}{truncated}{Markup.Escape(DescribeUpdates(result.Statistics))}[/]");
    }

    private static string DescribeUpdates(QueryStatistics s)
    {
        if (!s.ContainsUpdates) return "";
        var parts = new (int Count, string What)[]
        {
            (s.NodesCreated, "nodes created"), (s.NodesDeleted, "nodes deleted"),
            (s.RelationshipsCreated, "relationships created"), (s.RelationshipsDeleted, "relationships deleted"),
            (s.PropertiesSet, "properties set"), (s.LabelsAdded, "labels added"), (s.LabelsRemoved, "labels removed"),
            (s.IndexesAdded, "indexes added"), (s.IndexesRemoved, "indexes removed"),
            (s.ConstraintsAdded, "constraints added"), (s.ConstraintsRemoved, "constraints removed"),
        };
        return "; " + string.Join(", ", parts.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.What}"));
    }
}
