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

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (source(row, context) is not string url)
                throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime, "LOAD CSV expects a string URL after FROM.");
            var path = ImportFiles.Resolve(url, context.ImportDirectory);
            using var text = ImportFiles.Open(url, path);
            CsvHeader? header = null;
            var records = new CsvRecordReader(text, delimiter, url);
            while (records.Read())
            {
                context.CheckInterrupt();
                if (headers && header is null)
                {
                    header = new CsvHeader(records.Fields);
                    continue;
                }
                context.CsvPosition = new CsvPosition(path, records.Line);
                var output = Copy(row);
                if (headers)
                {
                    var (store, first, count) = records.Record;
                    output[slot] = new CsvRowMap(header!, store, first, count);
                }
                else output[slot] = AsList(records.Fields);
                yield return output;
            }
        }
    }

    private static List<object?> AsList(IReadOnlyList<string?> fields)
    {
        var list = new List<object?>(fields.Count);
        foreach (var field in fields) list.Add(field);
        return list;
    }
}
