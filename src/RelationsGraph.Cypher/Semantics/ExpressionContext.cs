using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

internal enum AggregationRule
{
    /// <summary>Outside projections (WHERE, SET, patterns, comprehensions...): an aggregate is an InvalidAggregation.</summary>
    Forbidden,
    /// <summary>A WITH/RETURN item, or ORDER BY of an aggregating projection.</summary>
    Allowed,
    /// <summary>The argument of an aggregate: another aggregate is a NestedAggregation.</summary>
    InsideAggregate,
}

/// <summary>Where an expression stands, which decides what it may contain.</summary>
/// <param name="Scope">The variables it may refer to.</param>
/// <param name="Predicate">True where a bare pattern such as (a)-->(b) may serve as a predicate: WHERE and its boolean operators, exists().</param>
/// <param name="ProjectedColumn">In ORDER BY after DISTINCT or aggregation: the type of the projected item an expression repeats, if it does.</param>
internal sealed record ExpressionContext(
    Scope Scope,
    AggregationRule Aggregation = AggregationRule.Forbidden,
    bool Predicate = false,
    Func<Expression, StaticType?>? ProjectedColumn = null)
{
    /// <summary>Comprehension bodies and similar nested scopes: no aggregates, no bare patterns unless in their WHERE.</summary>
    public ExpressionContext Nested(Scope scope) => this with
    {
        Scope = scope,
        Aggregation = Aggregation == AggregationRule.InsideAggregate ? AggregationRule.InsideAggregate : AggregationRule.Forbidden,
        Predicate = false,
    };

    /// <summary>The operands of comparisons, arithmetic, function arguments...: no longer a predicate position.</summary>
    public ExpressionContext Operand() => Predicate ? this with { Predicate = false } : this;

    /// <summary>WHERE of a comprehension or quantifier, CASE WHEN, exists(): a predicate position.</summary>
    public ExpressionContext AsPredicate() => Predicate ? this : this with { Predicate = true };
}
