namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Pulls all input rows before yielding any, so that reads finish before writes start
/// (MATCH ... CREATE must not see its own creations, and store iterators must not see changes).
/// </summary>
internal sealed class EagerOperator(Operator input) : Operator
{
    public override string Name => "Eager";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var rows = new List<object?[]>();
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            context.Memory.ChargeRow(row);
            rows.Add(row);
        }
        return rows;
    }
}
