using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// A plan rewrite for a MATCH whose only use is counting, followed by the WITH or RETURN that counts:
///   MATCH (n:Label) RETURN count(*)            -> NodeCountFromCountStore (label index size)
///   MATCH ()-[r:TYPE]->() RETURN count(r)      -> RelationshipCountFromCountStore (per-type count)
///   MATCH (n:Label {k: v})-[:TYPE]->(:L) RETURN n, count(*) -> seek or label scan + GetDegree (stored degree)
/// The counting items of the projection become a hidden variable holding the store's answer, so the
/// projection (aliases, ORDER BY, SKIP/LIMIT, WITH ... WHERE) is planned as usual without aggregation.
/// Anything else (a WHERE, a property map other than the counted node's, a bound variable, an earlier clause)
/// keeps the general plan. The degree rewrite tells the projection that its rows are one per counted node
/// (PlanningContext.OneRowPerNode), so grouping by that node needs no grouping table.
/// </summary>
internal sealed class StoreCountRewrite(PlanningContext planning)
{
    internal const string CountVariable = " store count"; // hidden: names starting with a space cannot be written

    public sealed record Rewritten(Operator Plan, Scope Scope, BoundProjection Projection);

    public Rewritten? TryRewrite(Operator input, Scope scope, MatchClause match, BoundProjection next)
    {
        if (input is not ArgumentOperator || match.Optional || InlinePredicates.Of(match.Pattern).Any()) return null;
        if (match.Pattern.Parts is not [{ PathVariable: null, Shortest: ShortestPathKind.None } part]) return null;
        if (next.IncludedExisting) return null;
        var body = next.Body;
        var element = part.Element;
        var names = element.Nodes.Select(n => n.Variable).Concat(element.Relationships.Select(r => r.Variable));
        if (names.Any(name => name is not null && scope.Contains(name))) return null;

        if (match.Where is not null)
            return element.Relationships.Count == 0 ? ColumnFilterCount(input, scope, element.Nodes[0], match.Where, body, next) : null;
        return element.Relationships.Count switch
        {
            0 => NodeCount(input, scope, element.Nodes[0], body, next),
            1 => RelationshipCount(input, scope, element, body, next) ?? DegreeCount(input, scope, element, body, next),
            _ => null,
        };
    }

    private Rewritten? NodeCount(Operator input, Scope scope, NodePattern node, ProjectionBody body, BoundProjection next)
    {
        if (node is not { Properties: null, Labels.Count: <= 1 }) return null;
        if (Rewrite(body, groupKey: null, countable: Names(node.Variable), distinctCountable: Names(node.Variable)) is not { } rewritten) return null;
        var slot = planning.Layout.Allocate();
        var plan = new NodeCountFromCountStoreOperator(input, node.Labels.Count == 1 ? node.Labels[0] : null, slot);
        return new Rewritten(plan, scope.With(CountVariable, slot), With(next, rewritten));
    }

    // MATCH (n:Label) WHERE n.k >= $a AND n.k < $b RETURN count(*): the column filter counts, no row per node is made.
    private Rewritten? ColumnFilterCount(Operator input, Scope scope, NodePattern node, Expression where, ProjectionBody body, BoundProjection next)
    {
        if (node is not { Variable: { } name, Labels: [var label], Properties: null }) return null;
        var comparisons = new List<ColumnComparison>();
        foreach (var conjunct in Conjuncts(where))
        {
            if (MatchPlanner.ColumnComparisonOf(conjunct, name) is not var (key, comparison, bound)) return null;
            comparisons.Add(new ColumnComparison(key, comparison, planning.Expressions.Compile(bound, scope)));
        }
        if (Rewrite(body, groupKey: null, countable: Names(name), distinctCountable: Names(name)) is not { } rewritten) return null;
        var slot = planning.Layout.Allocate();
        var plan = new NodeColumnFilterOperator(input, -1, label, EntityConstraint.None, comparisons.ToArray(), countSlot: slot)
        {
            Details = $"{PlanDetails.Node(name, node.Labels)} WHERE {planning.TextOf(where)}",
        };
        return new Rewritten(plan, scope.With(CountVariable, slot), With(next, rewritten));
    }

    private static IEnumerable<Expression> Conjuncts(Expression where) =>
        where is Binary { Operator: BinaryOperator.And } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [where];

    private Rewritten? RelationshipCount(Operator input, Scope scope, PatternElement element, ProjectionBody body, BoundProjection next)
    {
        var relationship = element.Relationships[0];
        if (relationship is not { Length: null, Properties: null, Types.Count: <= 1, Direction: not RelationshipDirection.Both }) return null;
        if (!element.Nodes.All(Plain) || SameName(element.Nodes[0], element.Nodes[1])) return null;
        var countable = Names(relationship.Variable, element.Nodes[0].Variable, element.Nodes[1].Variable);
        if (Rewrite(body, groupKey: null, countable, distinctCountable: Names(relationship.Variable)) is not { } rewritten) return null;
        var slot = planning.Layout.Allocate();
        var plan = new RelationshipCountFromCountStoreOperator(input, relationship.Types.Count == 1 ? relationship.Types[0] : null, slot);
        return new Rewritten(plan, scope.With(CountVariable, slot), With(next, rewritten));
    }

    // The counted node may be sought or scanned as a MATCH would (labels, property map); the far node may
    // carry labels (checked by DegreeLookup) but no properties, and its name may only be counted: count(q).
    private Rewritten? DegreeCount(Operator input, Scope scope, PatternElement element, ProjectionBody body, BoundProjection next)
    {
        var relationship = element.Relationships[0];
        if (relationship is not { Length: null, Properties: null }) return null;
        foreach (var (node, other, leftToRight) in new[] { (element.Nodes[0], element.Nodes[1], true), (element.Nodes[1], element.Nodes[0], false) })
        {
            if (node is not { Variable: { } name } || other.Properties is not null || SameName(node, other)) continue;
            // Far labels may have to be checked by walking: worth it from labelled or sought nodes, not from every node.
            if (other.Labels.Count > 0 && node is { Labels.Count: 0, Properties: null }) continue;
            var countable = Names(relationship.Variable, name, other.Variable);
            if (Rewrite(body, groupKey: name, countable, distinctCountable: Names(relationship.Variable)) is not { } rewritten) continue;

            var nodeSlot = planning.Layout.Allocate();
            var countSlot = planning.Layout.Allocate();
            var direction = MatchPlanner.ToDirection(relationship.Direction);
            if (!leftToRight) direction = direction switch { Storage.Direction.Outgoing => Storage.Direction.Incoming, Storage.Direction.Incoming => Storage.Direction.Outgoing, _ => direction };
            var afterScan = scope.With(name, nodeSlot);
            var plan = planning.Matches.PlanSingleNode(input, new BoundNode(node, name, nodeSlot, OuterBound: false), scope, afterScan);
            var types = MatchPlanner.Types(relationship);
            var scanned = plan is NodeScanOperator scan ? scan.Label ?? NodeDegreeCountOperator.ScannedAll : null;
            plan = new NodeDegreeCountOperator(plan, nodeSlot, new DegreeLookup(direction, types, other.Labels.ToArray()), countSlot, scanned)
            {
                Details = planning.TextOf(element) + (other.Labels.Count > 0 ? " (stored degree when every node has the far labels, else walked)" : ""),
            };
            var projection = With(next, rewritten);
            planning.OneRowPerNode[projection] = new OneRowPerNode(name, node.Labels);
            return new Rewritten(plan, afterScan.With(CountVariable, countSlot), projection);
        }
        return null;
    }

    /// <summary>
    /// The projection with each count(*) or count(v) (v a non-null pattern variable; DISTINCT only where each
    /// match has its own v) replaced by sum of the hidden count variable, or null when it does anything else:
    /// other aggregates, or grouping keys that read more than groupKey. Each incoming row stands for
    /// "count" matches, so summing keeps the grouping (RETURN n.name, count(*)) exact. Column names stay.
    /// </summary>
    private static ProjectionBody? Rewrite(ProjectionBody body, string? groupKey, HashSet<string> countable, HashSet<string> distinctCountable)
    {
        var items = new List<ProjectionItem>();
        var counts = 0;
        var bareKeys = true;
        foreach (var item in body.Items)
        {
            if (IsCount(item.Expression, countable, distinctCountable))
            {
                counts++;
                items.Add(item with { Expression = SumOfCounts(item.Expression) });
            }
            // Without a node to group by, a count of 0 must still give its one row, so there are no keys.
            else if (groupKey is not null && !ContainsAggregate(item.Expression) && ExpressionVariables.Of(item.Expression).All(name => name == groupKey))
            {
                bareKeys &= item.Expression is Variable;
                items.Add(item);
            }
            else return null;
        }
        if (counts == 0) return null;
        // count(DISTINCT r) may not add up across nodes merged into one group (r joins two of them).
        if (!bareKeys && body.Items.Any(item => item.Expression is FunctionCall { Distinct: true })) return null;

        var order = new List<SortItem>();
        foreach (var sort in body.OrderBy)
        {
            if (IsCount(sort.Expression, countable, distinctCountable)) order.Add(sort with { Expression = SumOfCounts(sort.Expression) });
            else if (ContainsAggregate(sort.Expression)) return null;
            else order.Add(sort);
        }
        return body with { Items = items, OrderBy = order };
    }

    private static Expression SumOfCounts(Expression count) =>
        new FunctionCall("sum", false, [new Variable(CountVariable) { Span = count.Span }]) { Span = count.Span };

    private static bool IsCount(Expression expression, HashSet<string> countable, HashSet<string> distinctCountable) => expression switch
    {
        CountStar => true,
        FunctionCall { Arguments: [Variable argument] } call when call.Name.Equals("count", StringComparison.OrdinalIgnoreCase) =>
            (call.Distinct ? distinctCountable : countable).Contains(argument.Name),
        _ => false,
    };

    private static bool ContainsAggregate(Expression expression)
    {
        var found = new List<Expression>();
        ProjectionPlanner.CollectAggregates(expression, found);
        return found.Count > 0;
    }

    private static BoundProjection With(BoundProjection next, ProjectionBody body) => next with { Body = body };

    private static bool Plain(NodePattern node) => node is { Labels.Count: 0, Properties: null };

    private static bool SameName(NodePattern a, NodePattern b) => a.Variable is not null && a.Variable == b.Variable;

    private static HashSet<string> Names(params string?[] names) => new(names.Where(n => n is not null).Select(n => n!), StringComparer.Ordinal);
}
