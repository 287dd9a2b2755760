namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>The root of every plan, as in Neo4j's: hands the result rows to the caller (who reads the column slots).</summary>
internal sealed class ProduceResultsOperator(Operator input, IReadOnlyList<string> columns) : Operator
{
    public override string Name => "ProduceResults";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument) => input.Run(context, argument);

    public IReadOnlyList<string> Columns => columns;
}
