using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// WITH and RETURN: the items and the scope they produce, aggregation and grouping rules,
/// ORDER BY visibility, and constant SKIP/LIMIT.
/// </summary>
internal static class ProjectionAnalyzer
{
    /// <summary>
    /// Checks a projection. Returns the scope that follows it (its columns, in order), the scope
    /// a WITH ... WHERE sees (the columns over the variables from before the projection), and the
    /// body with a leading * replaced by the variables it stands for, in name order.
    /// </summary>
    public static (Scope Outgoing, Scope Where, ProjectionBody Expanded) Analyze(ProjectionBody body, Scope incoming, bool isWith)
    {
        var visible = incoming.All();
        if (body.IncludeExisting && visible.Count == 0 && body.Items.Count == 0)
            throw SemanticErrors.At(body, "NoVariablesInScope", $"{(isWith ? "WITH" : "RETURN")} * is not allowed when there are no variables in scope");

        var itemContext = new ExpressionContext(incoming, AggregationRule.Allowed);
        var types = body.Items.Select(item => ExpressionChecker.Check(item.Expression, itemContext)).ToList();
        CheckColumnNames(body);

        var aggregating = body.Items.Any(item => Aggregation.ContainsAggregate(item.Expression));
        var groupingKeys = body.Items.Where(item => !Aggregation.ContainsAggregate(item.Expression)).Select(item => item.Expression).ToList();
        if (aggregating)
            foreach (var item in body.Items.Where(item => Aggregation.ContainsAggregate(item.Expression)))
                CheckImplicitGroupingKeys(item.Expression, groupingKeys, ambiguousVariables: null);

        var outgoing = new Scope(incoming.Bindings);
        if (body.IncludeExisting)
            foreach (var (name, type) in visible) outgoing.Declare(name, type);
        for (var i = 0; i < body.Items.Count; i++) outgoing.Declare(body.Items[i].ColumnName, types[i]);

        CheckOrderBy(body, incoming, outgoing, aggregating, groupingKeys, types);
        CheckSkipOrLimit(body.Skip, "SKIP");
        CheckSkipOrLimit(body.Limit, "LIMIT");

        if (isWith)
        {
            // Checked last, as Neo4j does: an ORDER BY problem in the same WITH is reported first.
            var unaliased = body.Items.FirstOrDefault(item => item.Alias is null && item.Expression is not Variable);
            if (unaliased is not null)
                throw SemanticErrors.At(unaliased, "NoExpressionAlias", $"Expression in WITH must be aliased (use AS): {unaliased.Text}");
        }
        return (outgoing, Overlay(incoming, outgoing), Expand(body, visible.Keys));
    }

    private static ProjectionBody Expand(ProjectionBody body, IEnumerable<string> visible)
    {
        if (!body.IncludeExisting) return body;
        var names = visible.ToList();
        names.Sort(StringComparer.Ordinal);
        var items = names.Select(name => new ProjectionItem(new Variable(name), null, name)).Concat(body.Items).ToList();
        return body with { IncludeExisting = false, Items = items };
    }

    private static Scope Overlay(Scope below, Scope above)
    {
        var both = new Scope(below.Bindings);
        foreach (var (name, type) in below.All()) both.Declare(name, type);
        foreach (var (name, type) in above.All()) both.Declare(name, type);
        return both;
    }

    private static void CheckColumnNames(ProjectionBody body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            if (!names.Add(item.ColumnName))
                throw SemanticErrors.At(item, "ColumnNameConflict",
                    $"Multiple result columns with the same name are not supported: `{item.ColumnName}`");
        }
    }

    /// <summary>
    /// In "RETURN me.age + count(you)" me.age is an implicit grouping key: it must be a projected
    /// grouping key itself, or a lookup on a projected variable. Otherwise the grouping is ambiguous.
    /// In ORDER BY, a variable no grouping key mentions is reported as undefined instead (by the caller).
    /// </summary>
    private static void CheckImplicitGroupingKeys(Expression expression, List<Expression> groupingKeys, HashSet<string>? ambiguousVariables)
    {
        var groupingVariables = groupingKeys.OfType<Variable>().Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var leaf in Aggregation.GroupingLeaves(expression))
        {
            if (groupingKeys.Any(key => SyntaxEquivalence.Equivalent(key, leaf))) continue;
            var root = Aggregation.RootVariable(leaf)!;
            if (groupingVariables.Contains(root.Name)) continue;
            if (ambiguousVariables is not null && !ambiguousVariables.Contains(root.Name)) continue;
            throw SemanticErrors.At(leaf, "AmbiguousAggregationExpression",
                $"Aggregation column contains implicit grouping expressions: '{Aggregation.Describe(leaf)}' is neither a grouping key nor a projected variable; compute it in a preceding WITH");
        }
    }

    private static void CheckOrderBy(ProjectionBody body, Scope incoming, Scope outgoing, bool aggregating, List<Expression> groupingKeys, List<StaticType> types)
    {
        if (body.OrderBy.Count == 0) return;
        ExpressionContext context;
        if (aggregating || body.Distinct)
        {
            // Only the projected columns remain, though an ORDER BY item may repeat a projected expression.
            StaticType? Projected(Expression expression)
            {
                for (var i = 0; i < body.Items.Count; i++)
                    if (SyntaxEquivalence.Equivalent(body.Items[i].Expression, expression)) return types[i];
                return null;
            }
            context = new ExpressionContext(outgoing, aggregating ? AggregationRule.Allowed : AggregationRule.Forbidden, ProjectedColumn: Projected);

            var mentioned = groupingKeys.SelectMany(key => ExpressionTree.SelfAndDescendants(key).OfType<Variable>())
                .Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var sortItem in body.OrderBy.Where(s => aggregating && Aggregation.ContainsAggregate(s.Expression)))
            {
                if (Projected(sortItem.Expression) is not null) continue;
                var unprojected = mentioned.Where(name => !outgoing.Contains(name)).ToHashSet(StringComparer.Ordinal);
                CheckImplicitGroupingKeys(sortItem.Expression, body.Items.Select(i => i.Expression).Where(e => !Aggregation.ContainsAggregate(e)).ToList(), unprojected);
            }
        }
        else
        {
            // Both the columns and the variables from before the projection are visible.
            context = new ExpressionContext(Overlay(incoming, outgoing));
        }
        foreach (var sortItem in body.OrderBy) ExpressionChecker.Check(sortItem.Expression, context);
    }

    private static void CheckSkipOrLimit(Expression? expression, string clause)
    {
        if (expression is null) return;
        var variable = ExpressionTree.SelfAndDescendants(expression).OfType<Variable>().FirstOrDefault();
        if (variable is not null || ExpressionTree.SelfAndDescendants(expression).Any(e => e is PatternPredicate or ExistsSubquery or CountSubquery or CollectSubquery))
            throw SemanticErrors.At(variable ?? expression, "NonConstantExpression",
                $"It is not allowed to refer to variables in {clause}; use a literal or a parameter");

        var type = ExpressionChecker.Check(expression, new ExpressionContext(new Scope()));
        if (expression is Literal { Value: long value } && value < 0)
            throw SemanticErrors.At(expression, "NegativeIntegerArgument", $"Invalid input. '{value}' is not a valid value for {clause}. Must be a non-negative integer.");
        if (!type.Is(ValueKind.Integer))
            throw SemanticErrors.InvalidArgumentType(expression, $"Invalid input for {clause}: expected a non-negative integer but was {type}");
    }
}
