namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>OPTIONAL MATCH: runs the inner plan per row; when it yields nothing, keeps the row with the new variables null.</summary>
internal sealed class OptionalOperator(Operator input, Operator inner, int[] introducedSlots) : Operator
{
    public override string Name => "Apply";
    public override IReadOnlyList<Operator> Inputs => [.. PlanInputs.Of(input), inner];

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var any = false;
            foreach (var match in inner.Run(context, row))
            {
                any = true;
                yield return match;
            }
            if (any) continue;
            var output = Copy(row);
            foreach (var slot in introducedSlots) output[slot] = null;
            yield return output;
        }
    }
}
