using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>SKIP and LIMIT; both are evaluated once, before any row, and must be non-negative integers.</summary>
internal sealed class SkipLimitOperator(Operator input, Evaluator? skip, Evaluator? limit) : Operator
{
    public override string Name => limit is null ? "Skip" : "Limit";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var toSkip = skip is null ? 0 : Count(skip(argument, context), "SKIP");
        var toTake = limit is null ? long.MaxValue : Count(limit(argument, context), "LIMIT");
        if (toTake == 0)
        {
            // Pull once anyway: an Eager below (after writes) then applies every row's changes.
            using var rows = input.Run(context, argument).GetEnumerator();
            rows.MoveNext();
            yield break;
        }
        foreach (var row in input.Run(context, argument))
        {
            if (toSkip > 0) { toSkip--; continue; }
            yield return row;
            if (--toTake == 0) yield break;
        }
    }

    internal static long Count(object? value, string clause) => value switch
    {
        long n when n >= 0 => n,
        long => throw new CypherException("SyntaxError", "NegativeIntegerArgument", ErrorPhase.Runtime, $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer for {clause}."),
        double d when d == Math.Floor(d) && d >= 0 => throw new CypherException("SyntaxError", "InvalidArgumentType", ErrorPhase.Runtime, $"{clause} requires an integer, got a float."),
        _ => throw new CypherException("SyntaxError", "InvalidArgumentType", ErrorPhase.Runtime, $"{clause} requires a non-negative integer."),
    };
}
