using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Execution.Import;

/// <summary>The file and line of the record LOAD CSV produced last, for file() and linenumber().</summary>
internal readonly record struct CsvPosition(string File, long Line);

/// <summary>
/// LOAD CSV [WITH HEADERS] FROM url AS row: one row per record, streamed from the file. Without headers a
/// record is a list of strings; with headers a map from the first record's names (missing fields null).
/// </summary>
internal sealed class LoadCsvOperator(Operator input, Evaluator source, int slot, bool headers, char delimiter) : Operator
{
    public override string Name => "LoadCSV";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true; // a new row per record, not kept

    /// <summary>
    /// Set by the planner when every row is done with before the next is asked for (a statement that ends in a unit
    /// CALL { } right over LOAD CSV and returns nothing): one row array, one row map and one field store then serve
    /// every record, the row cleared between them.
    /// </summary>
    public bool RowsDoneBeforeNext { get; set; }

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (source(row, context) is not string url)
                throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime, "LOAD CSV expects a string URL after FROM.");
            var path = ImportFiles.Resolve(url, context.ImportDirectory);
            using var text = ImportFiles.Open(url, path);
            CsvHeader? header = null;
            var records = new CsvRecordReader(text, delimiter, url) { RecordsDoneBeforeNext = RowsDoneBeforeNext };
            object?[]? reused = null;
            CsvRowMap? reusedMap = null;
            while (records.Read())
            {
                context.CheckInterrupt();
                if (headers && header is null)
                {
                    header = new CsvHeader(records.Fields);
                    continue;
                }
                context.CsvPosition = new CsvPosition(path, records.Line);
                var output = RowsDoneBeforeNext ? Reuse(ref reused, row) : Copy(row);
                if (headers)
                {
                    var (store, first, count) = records.Record;
                    if (!RowsDoneBeforeNext) output[slot] = new CsvRowMap(header!, store, first, count);
                    else if (reusedMap is null) output[slot] = reusedMap = new CsvRowMap(header!, store, first, count);
                    else
                    {
                        reusedMap.MoveTo(store, first, count); // the row and its map are done with: one of each serves every record
                        output[slot] = reusedMap;
                    }
                }
                else output[slot] = AsList(records.Fields);
                yield return output;
            }
        }
    }

    /// <summary>The one row array, holding row's values again (nothing left from the record before).</summary>
    private static object?[] Reuse(ref object?[]? reused, object?[] row)
    {
        if (reused is null || reused.Length != row.Length) return reused = Copy(row);
        row.AsSpan().CopyTo(reused);
        return reused;
    }

    private static List<object?> AsList(IReadOnlyList<string?> fields)
    {
        var list = new List<object?>(fields.Count);
        foreach (var field in fields) list.Add(field);
        return list;
    }
}
