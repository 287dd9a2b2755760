using System.Runtime.ExceptionServices;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>ORDER BY: materialises the rows with their sort keys and sorts stably by Cypher orderability.</summary>
internal sealed class SortOperator(Operator input, Evaluator[] keys, bool[] descending) : Operator
{
    public override string Name => "Sort";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var entries = new List<(object?[] Row, object?[] Keys, int Index)>();
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            var values = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) values[i] = keys[i](row, context);
            context.Memory.ChargeRow(row);
            context.Memory.ChargeRow(values);
            entries.Add((row, values, entries.Count));
        }
        Sort(entries, context);
        foreach (var entry in entries) yield return entry.Row;
    }

    // Sorting millions of rows takes seconds, so the comparison observes the timeout too.
    private void Sort(List<(object?[] Row, object?[] Keys, int Index)> entries, ExecutionContext context)
    {
        try
        {
            entries.Sort((a, b) =>
            {
                context.CheckInterrupt();
                for (var i = 0; i < keys.Length; i++)
                {
                    var order = CypherOrdering.Instance.Compare(a.Keys[i], b.Keys[i]);
                    if (order != 0) return descending[i] ? -order : order;
                }
                return a.Index.CompareTo(b.Index);
            });
        }
        // List.Sort wraps whatever the comparison throws; the query's own error is what the caller must see.
        catch (InvalidOperationException e) when (e.InnerException is CypherException inner)
        {
            ExceptionDispatchInfo.Throw(inner);
        }
    }
}
