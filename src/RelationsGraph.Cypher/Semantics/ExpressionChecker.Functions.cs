using RelationsGraph.Cypher.Functions;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

// Function calls: aggregate placement, unknown functions, and argument kinds known to be wrong.
internal static partial class ExpressionChecker
{
    /// <summary>Functions whose single argument must be one of these kinds, with the type they return.</summary>
    private static readonly Dictionary<string, (ValueKind[] Accepts, StaticType Returns)> GraphFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["labels"] = ([ValueKind.Node], StaticType.ListOf(ValueKind.String)),
        ["type"] = ([ValueKind.Relationship], StaticType.String),
        ["properties"] = ([ValueKind.Node, ValueKind.Relationship, ValueKind.Map], StaticType.Map),
        ["size"] = ([ValueKind.List, ValueKind.String], StaticType.Integer),
        ["length"] = ([ValueKind.Path, ValueKind.String], StaticType.Integer),
        ["nodes"] = ([ValueKind.Path], StaticType.ListOf(ValueKind.Node)),
        ["relationships"] = ([ValueKind.Path], StaticType.ListOf(ValueKind.Relationship)),
        ["startNode"] = ([ValueKind.Relationship], StaticType.Node),
        ["endNode"] = ([ValueKind.Relationship], StaticType.Node),
    };

    private static readonly Dictionary<string, StaticType> KnownResults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = StaticType.Integer,
        ["collect"] = new(ValueKind.List),
        ["toString"] = StaticType.String,
        ["toInteger"] = StaticType.Integer,
        ["toFloat"] = StaticType.Float,
        ["toBoolean"] = StaticType.Boolean,
        ["keys"] = StaticType.ListOf(ValueKind.String),
        ["toLower"] = StaticType.String,
        ["toUpper"] = StaticType.String,
        ["id"] = StaticType.Integer,
        ["range"] = StaticType.ListOf(ValueKind.Integer),
    };

    private static StaticType CheckFunctionCall(FunctionCall call, ExpressionContext context)
    {
        CheckSizeOfPattern(call);
        if (Aggregation.IsAggregateName(call.Name))
        {
            CheckAggregatePlacement(call, context);
            var inside = context with { Aggregation = AggregationRule.InsideAggregate, Predicate = false, ProjectedColumn = null };
            foreach (var argument in call.Arguments) Check(argument, inside);
            return KnownResults.GetValueOrDefault(call.Name, StaticType.Any);
        }

        if (context.Aggregation == AggregationRule.InsideAggregate && string.Equals(call.Name, "rand", StringComparison.OrdinalIgnoreCase))
            throw SemanticErrors.At(call, "NonConstantExpression", "Can't use non-deterministic (random) functions inside of aggregate functions");

        if (string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var argument in call.Arguments) Check(argument, context.AsPredicate());
            return StaticType.Boolean;
        }

        if (IsLoadCsvFunction(call)) return CheckLoadCsvFunction(call);
        if (!FunctionRegistry.Contains(call.Name))
            throw SemanticErrors.At(call, "UnknownFunction", $"Unknown function '{call.Name}'");

        var arguments = call.Arguments.Select(argument => Check(argument, context.Operand())).ToList();
        if (GraphFunctions.TryGetValue(call.Name, out var signature))
        {
            if (arguments.Count == 1 && !arguments[0].Is(signature.Accepts))
                throw SemanticErrors.InvalidArgumentType(call.Arguments[0],
                    $"Type mismatch: {call.Name}() expected {string.Join(" or ", signature.Accepts)} but was {arguments[0]}");
            return signature.Returns;
        }
        return KnownResults.GetValueOrDefault(call.Name, StaticType.Any);
    }

    private static void CheckAggregatePlacement(Expression aggregate, ExpressionContext context)
    {
        switch (context.Aggregation)
        {
            case AggregationRule.Forbidden:
                throw SemanticErrors.At(aggregate, "InvalidAggregation",
                    "Invalid use of an aggregating function in this context; aggregates are allowed only in WITH and RETURN items (and ORDER BY of an aggregating projection)");
            case AggregationRule.InsideAggregate:
                throw SemanticErrors.At(aggregate, "NestedAggregation",
                    "Can't use aggregate functions inside of aggregate functions");
        }
    }
}
