using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>
/// MERGE: matches the whole pattern from the row; every match gets ON MATCH SET, and when nothing
/// matches the whole pattern is created and gets ON CREATE SET. Matches are gathered before any
/// write so the search never sees its own changes.
/// </summary>
internal sealed class MergeOperator(Operator input, Operator match, PatternToCreate create, Setter[] onMatch, Setter[] onCreate) : Operator
{
    public override string Name => "Merge";
    public override IReadOnlyList<Operator> Inputs => [.. PlanInputs.Of(input), match];

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            List<object?[]>? matches = null;
            foreach (var found in match.Run(context, row)) (matches ??= []).Add(found);
            if (matches is not null)
            {
                foreach (var found in matches)
                {
                    foreach (var setter in onMatch) setter.Apply(found, context);
                    yield return found;
                }
                continue;
            }
            var output = Copy(row);
            create.Create(output, context, merging: true);
            foreach (var setter in onCreate) setter.Apply(output, context);
            yield return output;
        }
    }
}
