namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>Runs the inner plan once per input row, with that row as the inner plan's argument.</summary>
internal sealed class ApplyOperator(Operator input, Operator inner) : Operator
{
    public override IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
            foreach (var output in inner.Run(context, row))
                yield return output;
    }
}
