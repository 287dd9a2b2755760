using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

// COUNT { } and COLLECT { }: correlated subqueries that see the outer variables, as EXISTS { } does.
internal static partial class ExpressionChecker
{
    private static StaticType CheckCount(CountSubquery count, ExpressionContext context)
    {
        var inner = context.Nested(context.Scope.Child());
        if (count.Query is not null) QueryAnalyzer.AnalyzeSubquery(count.Query, inner.Scope, "A Count Expression");
        else if (count.Pattern is not null)
        {
            foreach (var part in count.Pattern.Parts) PatternBinder.BindNested(part.Element, part.PathVariable, part, inner);
            if (count.Where is not null) Check(count.Where, inner.AsPredicate());
        }
        return StaticType.Integer;
    }

    /// <summary>Neo4j 5 refuses size((n)-->()), pointing to COUNT { }; size() of a pattern comprehension is fine.</summary>
    private static void CheckSizeOfPattern(FunctionCall call)
    {
        if (call is { Arguments: [PatternPredicate pattern] } && call.Name.Equals("size", StringComparison.OrdinalIgnoreCase))
            throw SemanticErrors.At(pattern, "UnexpectedSyntax",
                "A pattern expression should only be used in order to test the existence of a pattern. It can no longer be used inside the function size(), an alternative is to replace size() with COUNT {}.");
    }

    /// <summary>Neo4j asks COLLECT for a final RETURN of exactly one column, and refuses updates inside it.</summary>
    private static StaticType CheckCollect(CollectSubquery collect, ExpressionContext context)
    {
        var inner = context.Nested(context.Scope.Child());
        if (collect.Query.Clauses[^1] is not ReturnClause @return)
            throw SemanticErrors.At(collect, "InvalidClauseComposition", "A Collect Expression must end with a single return column.");
        var columns = QueryAnalyzer.AnalyzeSubquery(collect.Query, inner.Scope, "A Collect Expression");
        if (columns is not { Count: 1 } || @return.Body.IncludeExisting && @return.Body.Items.Count > 0)
            throw SemanticErrors.At(collect, "InvalidClauseComposition", "A Collect Expression must end with a single return column.");
        return StaticType.ListOf(ValueKind.Any);
    }

    private static bool IsLoadCsvFunction(FunctionCall call) =>
        call.Name.Equals("linenumber", StringComparison.OrdinalIgnoreCase) || call.Name.Equals("file", StringComparison.OrdinalIgnoreCase);

    /// <summary>linenumber() and file() take no argument: the position of the record LOAD CSV produced.</summary>
    private static StaticType CheckLoadCsvFunction(FunctionCall call)
    {
        if (call.Arguments.Count != 0)
            throw SemanticErrors.At(call, "InvalidNumberOfArguments", $"Too many parameters for function '{call.Name}'");
        return call.Name.Equals("file", StringComparison.OrdinalIgnoreCase) ? StaticType.String : StaticType.Integer;
    }
}
