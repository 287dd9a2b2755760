namespace RelationsGraph.Cypher.Syntax.Ast;

/// <summary>
/// Neo4j 5's inline predicates, (n:L WHERE ...) and -[r WHERE ...]->, mean the same as the clause's WHERE:
/// they are joined to it with AND (inline ones first), so the planner treats both alike, seeks included.
/// </summary>
public static class InlinePredicates
{
    public static IEnumerable<Expression> Of(PatternElement element) =>
        element.Nodes.Select(n => n.Where).Concat(element.Relationships.Select(r => r.Where)).Where(w => w is not null).Select(w => w!);

    public static IEnumerable<Expression> Of(Pattern pattern) => pattern.Parts.SelectMany(part => Of(part.Element));

    public static Expression? Combine(Pattern pattern, Expression? where)
    {
        Expression? combined = null;
        foreach (var predicate in Of(pattern).Append(where))
            if (predicate is not null)
                combined = combined is null ? predicate : new Binary(BinaryOperator.And, combined, predicate) { Span = predicate.Span };
        return combined;
    }
}
