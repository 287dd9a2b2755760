namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// A physical operator: pulls rows from its input and yields rows. The argument is the row a
/// sub-plan starts from (the outer row for OPTIONAL MATCH, MERGE, EXISTS and pattern comprehensions;
/// an empty row at the top). Operators never mutate a row they received: they copy before writing.
/// </summary>
internal abstract class Operator
{
    public abstract IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument);

    protected static object?[] Copy(object?[] row) => row.AsSpan().ToArray();
}

/// <summary>The leaf of every pipeline: yields the argument row once.</summary>
internal sealed class ArgumentOperator : Operator
{
    public override IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument)
    {
        yield return argument;
    }
}
