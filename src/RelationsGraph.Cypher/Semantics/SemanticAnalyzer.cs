using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// Compile-time checks on a parsed statement: variable scoping across clauses, aggregation rules,
/// functions, patterns allowed in each clause, UNION columns. Throws a CypherException (Compile phase)
/// with the TCK's error class and detail for the first problem found. Bind also returns the bound
/// statement the planner consumes.
/// </summary>
public static class SemanticAnalyzer
{
    /// <summary>Checks the statement; stops with OperationCanceledException when cancellation is requested (checked per clause).</summary>
    public static void Analyze(Statement statement, CancellationToken cancellation = default) => Bind(statement, cancellation);

    /// <summary>Checks and binds the statement, for the planner.</summary>
    internal static BoundStatement Bind(Statement statement, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var bindings = new ExpressionBindings();
        var parts = statement switch
        {
            SingleQuery query => [QueryAnalyzer.Analyze(query, bindings, cancellation)],
            UnionQuery union => BindUnion(union, bindings, cancellation),
            _ => new List<BoundQuery>(),
        };
        return new BoundStatement(statement, parts, bindings);
    }

    private static List<BoundQuery> BindUnion(UnionQuery union, ExpressionBindings bindings, CancellationToken cancellation)
    {
        if (union.All.Distinct().Count() > 1)
            throw SemanticErrors.At(union, "InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");

        IReadOnlyList<string>? first = null;
        var parts = new List<BoundQuery>(union.Parts.Count);
        foreach (var part in union.Parts)
        {
            var bound = QueryAnalyzer.Analyze(part, bindings, cancellation);
            parts.Add(bound);
            var columns = bound.Columns;
            if (columns is null) continue;
            if (first is null) first = columns;
            else if (!first.ToHashSet(StringComparer.Ordinal).SetEquals(columns))
                throw SemanticErrors.At(part, "DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names");
        }
        return parts;
    }
}
