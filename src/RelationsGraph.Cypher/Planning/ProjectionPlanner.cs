using RelationsGraph.Cypher.Execution.Aggregation;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>The columns a WITH or RETURN produces: names, their slots, and the scope after it.</summary>
internal sealed record Projection(Operator Plan, Scope Scope, string[] Columns, int[] Slots);

/// <summary>
/// Plans WITH and RETURN: projection or grouping/aggregation, DISTINCT, ORDER BY (which may use
/// projected aliases and, without aggregation or DISTINCT, the variables before the projection),
/// SKIP/LIMIT, and WITH's WHERE. The items are the bound ones: a leading * arrives expanded.
/// </summary>
internal sealed class ProjectionPlanner(PlanningContext planning)
{
    public Projection Plan(Operator input, BoundProjection projection, Scope scope)
    {
        var (body, where) = (projection.Body, projection.Where);
        var items = body.Items;
        var aggregates = new List<Expression>();
        var aggregating = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var before = aggregates.Count;
            CollectAggregates(items[i].Expression, aggregates);
            aggregating[i] = aggregates.Count > before;
        }

        var slots = new int[items.Count];
        var columns = items.Select(item => item.ColumnName).ToArray();
        var substitutions = new Dictionary<string, int>(StringComparer.Ordinal);
        Operator plan;
        Scope orderScope;
        PerNodeGrouping? perNode = null;

        if (aggregates.Count == 0)
        {
            plan = ProjectItems(input, items, scope, slots, null);
            for (var i = 0; i < items.Count; i++) substitutions.TryAdd(ExpressionKey.Of(items[i].Expression), slots[i]);
            if (body.Distinct) plan = new DistinctOperator(plan, slots) { Details = string.Join(", ", columns) };
            orderScope = body.Distinct ? ScopeOf(columns, slots) : Extend(scope, columns, slots);
        }
        else
        {
            (plan, perNode) = Aggregate(input, items, aggregating, aggregates, scope, slots, substitutions, planning.OneRowPerNode.GetValueOrDefault(projection));
            if (body.Distinct) plan = new DistinctOperator(plan, slots) { Details = string.Join(", ", columns) };
            orderScope = ScopeOf(columns, slots);
        }

        var newScope = ScopeOf(columns, slots);
        if (body.OrderBy.Count > 0)
        {
            var keys = body.OrderBy.Select(sort => planning.Expressions.Compile(sort.Expression, orderScope, substitutions)).ToArray();
            var descending = body.OrderBy.Select(sort => sort.Descending).ToArray();
            var order = string.Join(", ", body.OrderBy.Select(sort => $"{planning.TextOf(sort.Expression)} {(sort.Descending ? "DESC" : "ASC")}"));
            // ORDER BY with LIMIT needs only the first rows: a bounded heap (Top) instead of sorting them all; over stored
            // degrees grouped one node a group, the grouping and projection are done inside it (DegreeTopOperator).
            if (body.Limit is null) plan = new SortOperator(plan, keys, descending) { Details = order };
            else if (perNode is not null && !body.Distinct && input is NodeDegreeCountOperator counts)
                plan = new DegreeTopOperator(counts, perNode, keys, descending, CompileCount(body.Skip), CompileCount(body.Limit)!, OrdersByCountFirst(body, items))
                {
                    Details = order + CutDetails(body) + "; grouped and projected in place: "
                        + string.Join("; ", new[] { plan.Inputs.FirstOrDefault() is AggregateOperator grouped ? grouped.Details : null, plan.Details }.OfType<string>()),
                };
            else plan = new TopOperator(plan, keys, descending, CompileCount(body.Skip), CompileCount(body.Limit)!) { Details = order + CutDetails(body) };
        }
        var cutByTop = body.OrderBy.Count > 0 && body.Limit is not null;
        if ((body.Skip is not null || body.Limit is not null) && !cutByTop)
        {
            plan = new SkipLimitOperator(plan, CompileCount(body.Skip), CompileCount(body.Limit))
            {
                Details = string.Join(", ", new[] { body.Skip is null ? null : "SKIP " + planning.TextOf(body.Skip), body.Limit is null ? null : planning.TextOf(body.Limit) }.OfType<string>()),
            };
        }
        if (where is not null)
            plan = new FilterOperator(plan, planning.Expressions.Compile(where, orderScope, substitutions)) { Details = planning.TextOf(where) }; // WHERE sees what ORDER BY sees
        return new Projection(plan, newScope, columns, slots);
    }

    // ORDER BY c ... where c is the count itself (count(*) AS c, as the count rewrite left it): the first key is each row's stored count.
    private static bool OrdersByCountFirst(ProjectionBody body, IReadOnlyList<ProjectionItem> items) => body.OrderBy[0].Expression switch
    {
        Variable column => items.Any(item => item.ColumnName == column.Name && IsSumOfStoredCount(item.Expression)),
        var expression => IsSumOfStoredCount(expression),
    };

    private Evaluator? CompileCount(Expression? count) => count is null ? null : planning.Expressions.Compile(count, Scope.Empty);

    private string CutDetails(ProjectionBody body) =>
        string.Concat(new[] { body.Skip is null ? null : " SKIP " + planning.TextOf(body.Skip), body.Limit is null ? null : " LIMIT " + planning.TextOf(body.Limit) }.OfType<string>());

    // "WITH a" keeps a's slot: no copy, no evaluation. Other items get fresh slots.
    private Operator ProjectItems(Operator input, IReadOnlyList<ProjectionItem> items, Scope scope, int[] slots, IReadOnlyDictionary<string, int>? substitutions)
    {
        var newSlots = new List<int>();
        var evaluators = new List<Evaluator>();
        var described = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (substitutions is null && item.Expression is Variable variable && variable.Name == item.ColumnName && scope.TryGet(variable.Name, out var existing))
            {
                slots[i] = existing;
                continue;
            }
            slots[i] = planning.Layout.Allocate();
            newSlots.Add(slots[i]);
            evaluators.Add(planning.Expressions.Compile(item.Expression, scope, substitutions));
            described.Add(Described(item));
        }
        return newSlots.Count == 0 ? input : new ProjectOperator(input, newSlots.ToArray(), evaluators.ToArray()) { Details = string.Join(", ", described) };
    }

    /// <summary>The grouping operators, and how they group when the input is one row per node with counts (see PerNodeGrouping), else null.</summary>
    private (Operator Plan, PerNodeGrouping? PerNode) Aggregate(Operator input, IReadOnlyList<ProjectionItem> items, bool[] aggregating, List<Expression> aggregates, Scope scope, int[] slots,
        Dictionary<string, int> substitutions, OneRowPerNode? oneRowPerNode)
    {
        var distinctKey = -1;
        string? distinctProperty = null;
        var keySlots = new List<int>();
        var keyEvaluators = new List<Evaluator>();
        var keyNames = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (aggregating[i]) continue;
            slots[i] = planning.Layout.Allocate();
            keySlots.Add(slots[i]);
            if (distinctKey < 0 && oneRowPerNode is not null && DistinctPerRow(items[i].Expression, oneRowPerNode))
            {
                distinctKey = keyEvaluators.Count;
                distinctProperty = items[i].Expression is PropertyAccess { Key: var property } ? property : null;
            }
            keyEvaluators.Add(planning.Expressions.Compile(items[i].Expression, scope));
            substitutions.TryAdd(ExpressionKey.Of(items[i].Expression), slots[i]);
            keyNames.Add(items[i].ColumnName);
        }
        var keyScope = Scope.Empty.WithAll(keyNames, keySlots);

        var aggregateSlots = new List<int>();
        var specs = new List<AggregateSpec>();
        foreach (var aggregate in aggregates)
        {
            var key = ExpressionKey.Of(aggregate);
            if (substitutions.ContainsKey(key)) continue;
            var slot = planning.Layout.Allocate();
            substitutions[key] = slot;
            aggregateSlots.Add(slot);
            specs.Add(Spec(aggregate, scope));
        }
        Operator plan = new AggregateOperator(input, keySlots.ToArray(), keyEvaluators.ToArray(), aggregateSlots.ToArray(), specs.ToArray(), distinctKey)
        {
            Details = string.Join(", ", items.Select((item, i) => aggregating[i] ? null : Described(item)).OfType<string>()
                .Concat(aggregates.Select(planning.TextOf).Where(text => text.Length > 0).Distinct()))
                + (distinctKey < 0 ? "" : $" (one group per {oneRowPerNode!.Variable})"),
        };

        ReusableRows.AllowBelow(input);

        var projectedSlots = new List<int>();
        var projected = new List<Evaluator>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!aggregating[i]) continue;
            slots[i] = planning.Layout.Allocate();
            projectedSlots.Add(slots[i]);
            projected.Add(planning.Expressions.Compile(items[i].Expression, keyScope, substitutions));
        }
        for (var i = 0; i < items.Count; i++)
            if (aggregating[i]) substitutions.TryAdd(ExpressionKey.Of(items[i].Expression), slots[i]);
        // Each group is one node's row when a key differs between nodes and every aggregate sums its stored count.
        var perNode = distinctKey >= 0 && aggregates.All(IsSumOfStoredCount)
            ? new PerNodeGrouping(keySlots.ToArray(), keyEvaluators.ToArray(), distinctKey, aggregateSlots.ToArray(), projectedSlots.ToArray(), projected.ToArray(), distinctProperty)
            : null;
        return (projected.Count == 0 ? plan : new ProjectOperator(plan, projectedSlots.ToArray(), projected.ToArray())
        {
            Details = string.Join(", ", items.Where((_, i) => aggregating[i]).Select(Described)),
        }, perNode);
    }

    private static bool IsSumOfStoredCount(Expression aggregate) =>
        aggregate is FunctionCall { Distinct: false, Arguments: [Variable { Name: StoreCountRewrite.CountVariable }] } call
        && call.Name.Equals("sum", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// With one input row per node n, a key that is n itself or n.k under a unique constraint on (a label of n, k)
    /// differs between rows wherever it is not null: each such row is a group of its own.
    /// </summary>
    private bool DistinctPerRow(Expression key, OneRowPerNode rows) => key switch
    {
        Variable variable => variable.Name == rows.Variable,
        PropertyAccess { Target: Variable target, Key: var property } when target.Name == rows.Variable =>
            planning.Reader.Constraints.Any(constraint => constraint.Properties is [var only] && only == property && rows.Labels.Contains(constraint.Label)),
        _ => false,
    };

    // "p.name AS name", or just "name" when the column is the expression as written.
    private string Described(ProjectionItem item)
    {
        var text = planning.TextOf(item.Expression);
        return text == item.ColumnName || text.Length == 0 ? item.ColumnName : $"{text} AS {item.ColumnName}";
    }

    private AggregateSpec Spec(Expression aggregate, Scope scope)
    {
        if (aggregate is CountStar) return new AggregateSpec("count", false, null, null);
        var call = (FunctionCall)aggregate;
        var name = call.Name.ToLowerInvariant();
        if (call.Arguments.Count == 0)
            throw new CypherException("SyntaxError", "InvalidNumberOfArguments", ErrorPhase.Compile, $"Function {call.Name}() needs an argument.");
        var argument = planning.Expressions.Compile(call.Arguments[0], scope);
        var parameter = call.Arguments.Count > 1 ? planning.Expressions.Compile(call.Arguments[1], scope) : null;
        return new AggregateSpec(name, call.Distinct, argument, parameter);
    }

    /// <summary>Finds the outermost aggregate calls (their arguments are evaluated per row, not searched).</summary>
    public static void CollectAggregates(Expression? expression, List<Expression> found)
    {
        switch (expression)
        {
            case null: return;
            case CountStar: found.Add(expression); return;
            case FunctionCall call when AggregateSpec.IsAggregate(call.Name): found.Add(call); return;
            case FunctionCall call: foreach (var argument in call.Arguments) CollectAggregates(argument, found); return;
            case ListLiteral list: foreach (var item in list.Items) CollectAggregates(item, found); return;
            case MapLiteral map: foreach (var entry in map.Entries) CollectAggregates(entry.Value, found); return;
            case PropertyAccess access: CollectAggregates(access.Target, found); return;
            case Subscript subscript: CollectAggregates(subscript.Target, found); CollectAggregates(subscript.Index, found); return;
            case Slice slice: CollectAggregates(slice.Target, found); CollectAggregates(slice.From, found); CollectAggregates(slice.To, found); return;
            case Unary unary: CollectAggregates(unary.Operand, found); return;
            case Binary binary: CollectAggregates(binary.Left, found); CollectAggregates(binary.Right, found); return;
            case IsNull isNull: CollectAggregates(isNull.Operand, found); return;
            case Case @case:
                CollectAggregates(@case.Subject, found);
                foreach (var alternative in @case.Alternatives) { CollectAggregates(alternative.When, found); CollectAggregates(alternative.Then, found); }
                CollectAggregates(@case.Else, found);
                return;
            case ListComprehension comprehension: CollectAggregates(comprehension.Source, found); return;
            case Quantifier quantifier: CollectAggregates(quantifier.Source, found); return;
            case Reduce reduce: CollectAggregates(reduce.Initial, found); CollectAggregates(reduce.Source, found); return;
            case MapProjection projection:
                foreach (var item in projection.Items) if (item is LiteralEntry entry) CollectAggregates(entry.Value, found);
                return;
        }
    }

    // One copy per projection: binding the columns one by one copied the scope per column,
    // which made "WITH *, 1 AS x1 WITH *, 1 AS x2 ..." cubic in its length.
    private static Scope ScopeOf(string[] names, int[] slots) => Scope.Empty.WithAll(names, slots);

    private static Scope Extend(Scope scope, string[] names, int[] slots) => scope.WithAll(names, slots);
}
