namespace RelationsGraph.Cypher.Execution.Operators;

internal static class PlanInputs
{
    /// <summary>An operator's input as a plan shows it: the Argument leaf that starts every pipeline is left out, as in Neo4j's plans.</summary>
    public static IReadOnlyList<Operator> Of(Operator input) => input is ArgumentOperator ? [] : [input];
}
