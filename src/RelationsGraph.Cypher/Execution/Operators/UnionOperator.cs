namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>UNION [ALL]: each part's result columns, one after another; UNION also removes duplicate rows.</summary>
internal sealed class UnionOperator(IReadOnlyList<(Operator Plan, int[] ColumnSlots)> parts, bool distinct) : Operator
{
    public override string Name => distinct ? "Distinct" : "Union";
    public override IReadOnlyList<Operator> Inputs => parts.Select(part => part.Plan).ToArray();

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var seen = distinct ? new HashSet<GroupingKey>() : null;
        foreach (var (plan, columnSlots) in parts)
        {
            foreach (var row in plan.Run(context, argument))
            {
                var output = new object?[columnSlots.Length];
                for (var i = 0; i < columnSlots.Length; i++) output[i] = row[columnSlots[i]];
                if (seen is null || seen.Add(new GroupingKey(output))) yield return output;
            }
        }
    }
}
