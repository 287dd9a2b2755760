using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// Compile-time checks on a parsed statement: variable scoping across clauses, aggregation rules,
/// functions, patterns allowed in each clause, UNION columns. Throws a CypherException (Compile phase)
/// with the TCK's error class and detail for the first problem found.
/// </summary>
public static class SemanticAnalyzer
{
    /// <summary>Checks the statement; stops with OperationCanceledException when cancellation is requested (checked per clause).</summary>
    public static void Analyze(Statement statement, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        switch (statement)
        {
            case SingleQuery query:
                QueryAnalyzer.Analyze(query, cancellation);
                break;
            case UnionQuery union:
                AnalyzeUnion(union, cancellation);
                break;
        }
    }

    private static void AnalyzeUnion(UnionQuery union, CancellationToken cancellation)
    {
        if (union.All.Distinct().Count() > 1)
            throw SemanticErrors.At(union, "InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");

        IReadOnlyList<string>? first = null;
        foreach (var part in union.Parts)
        {
            var columns = QueryAnalyzer.Analyze(part, cancellation);
            if (columns is null) continue;
            if (first is null) first = columns;
            else if (!first.ToHashSet(StringComparer.Ordinal).SetEquals(columns))
                throw SemanticErrors.At(part, "DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names");
        }
    }
}
