using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Plans a MATCH pattern into scans, index seeks and expands. Each chain starts from the cheapest
/// node it can (bound variable, then index seek, then label scan, then all nodes) and expands both
/// ways from there; WHERE conjuncts run as soon as the variables they mention are bound.
/// </summary>
internal sealed partial class MatchPlanner(PlanningContext planning)
{
    /// <summary>MATCH: extends input with the pattern; scope becomes the scope after the pattern.</summary>
    public Operator Plan(Operator input, BoundPatternClause match, Expression? where, ref Scope scope)
    {
        where = InlinePredicates.Combine(((MatchClause)match.Syntax).Pattern, where);
        var bound = PatternBinder.Bind(match, scope, planning);
        var plan = PlanBound(input, bound, scope, where, relationshipsMayGoUnread: true);
        scope = bound.Scope;
        return plan;
    }

    /// <summary>OPTIONAL MATCH: rows without a match keep going with the new variables null.</summary>
    public Operator PlanOptional(Operator input, BoundPatternClause match, Expression? where, ref Scope scope)
    {
        where = InlinePredicates.Combine(((MatchClause)match.Syntax).Pattern, where);
        var bound = PatternBinder.Bind(match, scope, planning);
        var inner = PlanBound(new ArgumentOperator(), bound, scope, where, relationshipsMayGoUnread: true);
        scope = bound.Scope;
        return new OptionalOperator(input, inner, bound.IntroducedSlots) { Details = "OPTIONAL MATCH" };
    }

    /// <summary>A pattern matched from the argument row: for pattern predicates, comprehensions, EXISTS and MERGE.</summary>
    public Operator PlanSubpattern(Pattern pattern, Expression? where, Scope scope, out Scope inner)
    {
        where = InlinePredicates.Combine(pattern, where);
        var bound = PatternBinder.Bind(pattern, scope, planning);
        inner = bound.Scope;
        return PlanBound(new ArgumentOperator(), bound, scope, where);
    }

    /// <param name="relationshipsMayGoUnread">A MATCH's: its anonymous relationships are read by nothing after it, so a hop may
    /// leave one out (see ExpandOperator.RelationshipUnread). Not for a pattern that is a value or MERGE's, which build paths of them.</param>
    public Operator PlanBound(Operator input, BoundPattern pattern, Scope outer, Expression? where, bool relationshipsMayGoUnread = false)
    {
        var state = new ChainState(outer, pattern.Scope, Conjuncts(where));
        foreach (var (_, slot) in outer.Variables) state.Bound.Add(slot);

        // Relationships bound before this MATCH take part in uniqueness from the start.
        foreach (var part in pattern.Parts)
            foreach (var relationship in part.Relationships)
                if (relationship.OuterBound && relationship.Pattern.Length is null) state.RelationshipSlots.Add(relationship.Slot);

        var plan = input;
        foreach (var part in pattern.Parts.Where(p => p.Part.Shortest == ShortestPathKind.None))
            plan = PlanChain(plan, part, state);
        foreach (var part in pattern.Parts.Where(p => p.Part.Shortest != ShortestPathKind.None))
            plan = PlanShortest(plan, part, state);

        plan = ApplyReadyFilters(plan, state, force: true);
        if (relationshipsMayGoUnread)
            foreach (var (expand, slot) in state.UnreadCandidates)
                if (!state.SlotsCheckedForUniqueness.Contains(slot)) expand.RelationshipUnread = true;
        return plan;
    }

    public static ShortestPathSearch ShortestPathSearchFor(PatternPart part)
    {
        var relationship = part.Element.Relationships[0];
        var min = (int)(relationship.Length?.Min ?? 1);
        var max = relationship.Length is null ? 1 : relationship.Length.Max is { } m ? (int)Math.Min(m, int.MaxValue) : int.MaxValue;
        return new ShortestPathSearch(ToDirection(relationship.Direction), Types(relationship), min, max, part.Shortest == ShortestPathKind.AllShortest);
    }

    private sealed class ChainState(Scope outer, Scope scope, List<Expression> conjuncts)
    {
        public Scope Outer { get; } = outer;
        public Scope Scope { get; } = scope;
        public List<Expression> Conjuncts { get; } = conjuncts;
        public HashSet<int> Bound { get; } = new();
        public List<int> RelationshipSlots { get; } = new();
        public List<int> ListSlots { get; } = new();
        /// <summary>Hops whose relationship is anonymous, unbound, without properties and outside a path, with its slot.</summary>
        public List<(ExpandOperator Expand, int Slot)> UnreadCandidates { get; } = new();
        /// <summary>Relationship slots a later hop reads for uniqueness.</summary>
        public HashSet<int> SlotsCheckedForUniqueness { get; } = new();
        public RelationshipUniqueness Uniqueness()
        {
            SlotsCheckedForUniqueness.UnionWith(RelationshipSlots);
            return RelationshipSlots.Count == 0 && ListSlots.Count == 0 ? RelationshipUniqueness.None : new([.. RelationshipSlots], [.. ListSlots]);
        }
    }

    private Operator PlanChain(Operator plan, BoundPart part, ChainState state)
    {
        var nodes = part.Nodes;
        var anchor = ChooseAnchor(part, state, out var seek);
        var right = anchor; // the first hop planned left to right
        if (seek is null && !state.Bound.Contains(nodes[anchor].Slot) && FindRelationshipSeek(part, state) is { } byId)
        {
            plan = PlanRelationshipSeek(plan, part, byId, state);
            (anchor, right) = (byId.Relationship, byId.Relationship + 1);
        }
        else plan = PlanAnchor(plan, nodes[anchor], seek, state);
        plan = ApplyReadyFilters(plan, state);

        for (var i = right; i < part.Relationships.Length; i++)
        {
            plan = PlanHop(plan, nodes[i], part.Relationships[i], nodes[i + 1], leftToRight: true, state, inPath: part.PathSlot >= 0);
            plan = ApplyReadyFilters(plan, state);
        }
        for (var i = anchor - 1; i >= 0; i--)
        {
            plan = PlanHop(plan, nodes[i + 1], part.Relationships[i], nodes[i], leftToRight: false, state, inPath: part.PathSlot >= 0);
            plan = ApplyReadyFilters(plan, state);
        }

        if (part.PathSlot >= 0)
        {
            plan = new NamedPathOperator(plan, part.PathSlot, Template(part)) { Details = $"{part.Part.PathVariable} = {planning.TextOf(part.Part.Element)}" };
            state.Bound.Add(part.PathSlot);
            plan = ApplyReadyFilters(plan, state);
        }
        return plan;
    }

    private static PathTemplate Template(BoundPart part) => new(
        part.Nodes.Select(n => n.Slot).ToArray(),
        part.Relationships.Select(r => r.Slot).ToArray(),
        part.Relationships.Select(r => r.Pattern.Length is not null).ToArray());

    private enum SeekKind { Property, PropertyIn, Id, IdIn, ElementId, ElementIdIn }

    private sealed record Seek(SeekKind Kind, string Label, string Key, Expression Value, Expression? Conjunct);

    private int ChooseAnchor(BoundPart part, ChainState state, out Seek? seek)
    {
        seek = null;
        for (var i = 0; i < part.Nodes.Length; i++)
            if (state.Bound.Contains(part.Nodes[i].Slot)) return i;
        for (var i = 0; i < part.Nodes.Length; i++)
            if (FindSeek(part.Nodes[i], state) is { } found) { seek = found; return i; }
        // Without an index, a labelled node with a property map is likely the most selective start;
        // a start node's property values must not depend on variables the chain has yet to bind.
        for (var i = 0; i < part.Nodes.Length; i++)
            if (part.Nodes[i].Pattern is { Labels.Count: > 0, Properties: not null } && PropertiesComputable(part.Nodes[i], state)) return i;
        for (var i = 0; i < part.Nodes.Length; i++)
            if (part.Nodes[i].Pattern.Labels.Count > 0 && PropertiesComputable(part.Nodes[i], state)) return i;
        for (var i = 0; i < part.Nodes.Length; i++)
            if (PropertiesComputable(part.Nodes[i], state)) return i;
        return 0;
    }

    // Index seeks come from the pattern's property map or from WHERE conjuncts n.key = v, n.key IN list,
    // and id(n) = v, whose other side is computable before n is bound.
    private Seek? FindSeek(BoundNode node, ChainState state)
    {
        var name = node.Pattern.Variable;
        if (name is not null)
            foreach (var conjunct in state.Conjuncts)
                if (conjunct is Binary { Operator: BinaryOperator.Equal } equal)
                    foreach (var (side, other) in new[] { (equal.Left, equal.Right), (equal.Right, equal.Left) })
                        if (side is FunctionCall { Arguments: [Variable target] } call && target.Name == name
                            && call.Name.Equals("id", StringComparison.OrdinalIgnoreCase) && Computable(other, name, state))
                            return new Seek(SeekKind.Id, "", "", other, conjunct);
        if (name is not null && FindIdSeek(name, state) is { } byId)
            return new Seek(byId.ElementId ? (byId.Many ? SeekKind.ElementIdIn : SeekKind.ElementId) : SeekKind.IdIn, "", "", byId.Value, byId.Conjunct);

        foreach (var label in node.Pattern.Labels)
        {
            if (node.Pattern.Properties is MapLiteral map)
                foreach (var (key, value) in map.Entries)
                    if (ExpressionVariables.AllBound(value, state.Scope, state.Bound) && planning.Reader.HasIndex(label, key))
                        return new Seek(SeekKind.Property, label, key, value, null);
            if (name is null) continue;
            foreach (var conjunct in state.Conjuncts)
            {
                if (conjunct is not Binary { Operator: BinaryOperator.Equal or BinaryOperator.In } binary) continue;
                var sides = binary.Operator == BinaryOperator.In
                    ? new[] { (binary.Left, binary.Right) }
                    : new[] { (binary.Left, binary.Right), (binary.Right, binary.Left) };
                foreach (var (side, other) in sides)
                {
                    if (side is PropertyAccess { Target: Variable target, Key: var key } && target.Name == name
                        && Computable(other, name, state) && planning.Reader.HasIndex(label, key))
                        return new Seek(binary.Operator == BinaryOperator.In ? SeekKind.PropertyIn : SeekKind.Property, label, key, other, conjunct);
                }
            }
        }
        return null;
    }

    private static bool PropertiesComputable(BoundNode node, ChainState state) =>
        node.Pattern.Properties is null || ExpressionVariables.AllBound(node.Pattern.Properties, state.Scope, state.Bound);

    private static bool Computable(Expression value, string variable, ChainState state) =>
        !ExpressionVariables.Of(value).Contains(variable) && ExpressionVariables.AllBound(value, state.Scope, state.Bound);

    private Operator PlanAnchor(Operator plan, BoundNode node, Seek? seek, ChainState state)
    {
        var constraint = NodeConstraint(node.Pattern, state.Scope);
        var described = PlanDetails.Node(node.Name, node.Pattern.Labels) + (node.Pattern.Properties is null ? "" : " " + planning.TextOf(node.Pattern.Properties));
        if (state.Bound.Contains(node.Slot)) return new BoundNodeCheckOperator(plan, node.Slot, constraint) { Details = described };
        state.Bound.Add(node.Slot);
        if (seek is not null)
        {
            if (seek.Conjunct is not null) state.Conjuncts.Remove(seek.Conjunct);
            var value = planning.Expressions.Compile(seek.Value, state.Scope);
            var variable = PlanDetails.Variable(node.Name);
            var shown = planning.TextOf(seek.Value);
            return seek.Kind switch
            {
                SeekKind.Id => new NodeByIdSeekOperator(plan, node.Slot, value, constraint) { Details = $"{variable} WHERE id({variable}) = {shown}" },
                SeekKind.IdIn => new NodeByElementIdSeekOperator(plan, node.Slot, value, many: true, elementId: false, constraint)
                {
                    Details = $"{variable} WHERE id({variable}) IN {shown}",
                },
                SeekKind.ElementId or SeekKind.ElementIdIn => new NodeByElementIdSeekOperator(plan, node.Slot, value,
                    many: seek.Kind == SeekKind.ElementIdIn, elementId: true, constraint)
                {
                    Details = $"{variable} WHERE elementId({variable}) {(seek.Kind == SeekKind.ElementIdIn ? "IN" : "=")} {shown}",
                },
                _ => new NodeIndexSeekOperator(plan, node.Slot, seek.Label, seek.Key, value, constraint, many: seek.Kind == SeekKind.PropertyIn,
                    covered: SeekCoversPattern(node.Pattern, seek),
                    integerValue: seek.Kind == SeekKind.Property ? planning.Expressions.CompileInteger(seek.Value, state.Scope) : null)
                {
                    Details = $"RANGE INDEX {variable}:{seek.Label}({seek.Key}) WHERE {seek.Key} {(seek.Kind == SeekKind.PropertyIn ? "IN" : "=")} {shown}",
                },
            };
        }
        var label = node.Pattern.Labels.Count > 0 ? node.Pattern.Labels[0] : null;
        if (label is not null && PlanColumnFilter(plan, node, label, constraint, state) is { } filtered) return filtered;
        return new NodeScanOperator(plan, node.Slot, label, constraint) { Details = described };
    }

    /// <summary>Whether the pattern is exactly (n:label {key: value}) with the seek taken from that map entry, so the seek's value is all it asks.</summary>
    private static bool SeekCoversPattern(NodePattern pattern, Seek seek) =>
        seek is { Kind: SeekKind.Property, Conjunct: null } && pattern.Where is null
        && pattern.Labels is [var only] && only == seek.Label
        && pattern.Properties is MapLiteral { Entries: [var entry] } && entry.Key == seek.Key && ReferenceEquals(entry.Value, seek.Value);

    private Operator PlanHop(Operator plan, BoundNode from, BoundRelationship relationship, BoundNode to, bool leftToRight, ChainState state, bool inPath)
    {
        var pattern = relationship.Pattern;
        var direction = ToDirection(pattern.Direction);
        if (!leftToRight) direction = Reverse(direction);
        var types = Types(pattern);
        var toBound = state.Bound.Contains(to.Slot);
        var toConstraint = NodeConstraint(to.Pattern, state.Scope);
        var relationshipConstraint = PropertyConstraint(pattern.Properties, state.Scope);
        var uniqueness = state.Uniqueness();
        var described = PlanDetails.Expand(from.Name, relationship.Name, to.Name, direction, types, pattern.Length, toBound ? null : to.Pattern.Labels);

        if (pattern.Length is not null && relationship.OuterBound)
        {
            plan = new BoundPathExpandOperator(plan, from.Slot, relationship.Slot, to.Slot, direction, toBound, reversed: !leftToRight) { Details = described };
        }
        else if (pattern.Length is { } length)
        {
            var min = (int)Math.Min(length.Min ?? 1, int.MaxValue);
            var max = (int)Math.Min(length.Max ?? int.MaxValue, int.MaxValue);
            plan = new VariableLengthExpandOperator(plan, from.Slot, relationship.Slot, to.Slot, direction, types, min, max,
                toBound, relationshipConstraint, toBound ? EntityConstraint.None : toConstraint, uniqueness, reverseList: !leftToRight) { Details = described };
            state.ListSlots.Add(relationship.Slot);
        }
        else
        {
            var relationshipBound = state.Bound.Contains(relationship.Slot);
            var expand = new ExpandOperator(plan, from.Slot, relationship.Slot, to.Slot, direction, types, toBound, relationshipBound,
                relationshipConstraint, toBound ? EntityConstraint.None : toConstraint, relationshipBound ? RelationshipUniqueness.None : uniqueness) { Details = described };
            plan = expand;
            if (!relationshipBound) state.RelationshipSlots.Add(relationship.Slot);
            if (!relationshipBound && !inPath && pattern is { Variable: null, Properties: null, Where: null })
                state.UnreadCandidates.Add((expand, relationship.Slot));
        }
        state.Bound.Add(relationship.Slot);
        if ((toBound || (pattern.Length is not null && relationship.OuterBound)) && !toConstraint.IsEmpty)
            plan = new BoundNodeCheckOperator(plan, to.Slot, toConstraint) { Details = PlanDetails.Node(to.Name, to.Pattern.Labels) };
        state.Bound.Add(to.Slot);
        return plan;
    }

    private Operator PlanShortest(Operator plan, BoundPart part, ChainState state)
    {
        foreach (var node in new[] { part.Nodes[0], part.Nodes[^1] })
        {
            plan = PlanAnchor(plan, node, null, state);
            plan = ApplyReadyFilters(plan, state);
        }
        var pathSlot = part.PathSlot >= 0 ? part.PathSlot : planning.Layout.Allocate();
        var relationshipSlot = part.Relationships[0].Slot;
        plan = new ShortestPathOperator(plan, part.Nodes[0].Slot, part.Nodes[^1].Slot, pathSlot, relationshipSlot, ShortestPathSearchFor(part.Part))
        {
            Details = planning.TextOf(part.Part),
        };
        state.Bound.Add(pathSlot);
        state.Bound.Add(relationshipSlot);
        return ApplyReadyFilters(plan, state);
    }

    private Operator ApplyReadyFilters(Operator plan, ChainState state, bool force = false)
    {
        for (var i = 0; i < state.Conjuncts.Count; i++)
        {
            var conjunct = state.Conjuncts[i];
            if (!force && !ExpressionVariables.AllBound(conjunct, state.Scope, state.Bound)) continue;
            plan = new FilterOperator(plan, planning.Expressions.Compile(conjunct, state.Scope)) { Details = planning.TextOf(conjunct) };
            state.Conjuncts.RemoveAt(i--);
        }
        return plan;
    }

    public EntityConstraint NodeConstraint(NodePattern node, Scope scope)
    {
        var properties = PropertyConstraint(node.Properties, scope);
        if (node.Labels.Count == 0) return properties;
        return new EntityConstraint(node.Labels.ToArray(), properties.Keys, properties.Values, properties.Map);
    }

    private PropertyConstraintParts PropertyConstraint(Expression? properties, Scope scope) => properties switch
    {
        null => PropertyConstraintParts.Empty,
        MapLiteral map => new PropertyConstraintParts(
            map.Entries.Select(e => e.Key).ToArray(),
            map.Entries.Select(e => planning.Expressions.Compile(e.Value, scope)).ToArray(), null),
        _ => new PropertyConstraintParts([], [], planning.Expressions.Compile(properties, scope)),
    };

    /// <summary>A property map's compiled pieces; converts to a label-less EntityConstraint for relationships.</summary>
    private sealed record PropertyConstraintParts(string[] Keys, Evaluator[] Values, Evaluator? Map)
    {
        public static readonly PropertyConstraintParts Empty = new([], [], null);
        public static implicit operator EntityConstraint(PropertyConstraintParts parts) =>
            parts.Keys.Length == 0 && parts.Map is null ? EntityConstraint.None : new EntityConstraint([], parts.Keys, parts.Values, parts.Map);
    }

    private static List<Expression> Conjuncts(Expression? where)
    {
        var result = new List<Expression>();
        void Split(Expression expression)
        {
            if (expression is Binary { Operator: BinaryOperator.And } and) { Split(and.Left); Split(and.Right); }
            else result.Add(expression);
        }
        if (where is not null) Split(where);
        return result;
    }

    public static Direction ToDirection(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => Direction.Outgoing,
        RelationshipDirection.Incoming => Direction.Incoming,
        _ => Direction.Both,
    };

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };

    public static string[]? Types(RelationshipPattern pattern) => pattern.Types.Count == 0 ? null : pattern.Types.ToArray();
}
