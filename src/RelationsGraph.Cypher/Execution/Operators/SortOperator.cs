using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>ORDER BY: materialises the rows with their sort keys and sorts stably by Cypher orderability.</summary>
internal sealed class SortOperator(Operator input, Evaluator[] keys, bool[] descending) : Operator
{
    public override IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument)
    {
        var entries = new List<(object?[] Row, object?[] Keys, int Index)>();
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            var values = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) values[i] = keys[i](row, context);
            entries.Add((row, values, entries.Count));
        }
        entries.Sort((a, b) =>
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var order = CypherOrdering.Instance.Compare(a.Keys[i], b.Keys[i]);
                if (order != 0) return descending[i] ? -order : order;
            }
            return a.Index.CompareTo(b.Index);
        });
        foreach (var entry in entries) yield return entry.Row;
    }
}
