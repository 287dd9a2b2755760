using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Execution.Writing;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>Plans CREATE, MERGE, SET, REMOVE and DELETE.</summary>
internal sealed class UpdatePlanner(PlanningContext planning)
{
    public Operator PlanCreate(Operator input, BoundPatternClause clause, ref Scope scope)
    {
        var create = (CreateClause)clause.Syntax;
        var outer = scope;
        var bound = PatternBinder.Bind(clause, scope, planning);
        scope = bound.Scope;
        var inner = scope;
        var created = new HashSet<int>();
        foreach (var (_, slot) in outer.Variables) created.Add(slot);
        var parts = bound.Parts.Select(part => ToCreate(part, inner, created)).ToArray();
        return new CreateOperator(input, parts) { Details = planning.TextOf(create.Pattern) };
    }

    public Operator PlanMerge(Operator input, BoundPatternClause clause, ref Scope scope)
    {
        var merge = (MergeClause)clause.Syntax;
        var outer = scope;
        var bound = PatternBinder.Bind(clause, scope, planning);
        scope = bound.Scope;
        if (Shortcut(input, bound.Parts[0], merge, scope) is { } direct)
        {
            direct.Details = planning.TextOf(merge.Part);
            return direct;
        }
        var match = planning.Matches.PlanBound(new ArgumentOperator(), bound, outer, null);
        var created = new HashSet<int>();
        foreach (var (_, slot) in outer.Variables) created.Add(slot);
        var inner = scope;
        var create = ToCreate(bound.Parts[0], inner, created);
        var onMatch = merge.OnMatch.Select(item => Setter(item, inner)).ToArray();
        var onCreate = merge.OnCreate.Select(item => Setter(item, inner)).ToArray();
        return new MergeOperator(input, match, create, onMatch, onCreate) { Details = planning.TextOf(merge.Part) };
    }

    // The two MERGE shapes bulk loading uses get dedicated operators without a sub-plan.
    private Operator? Shortcut(Operator input, BoundPart part, MergeClause merge, Scope scope)
    {
        if (part.PathSlot >= 0) return null;
        var onMatch = merge.OnMatch.Select(item => Setter(item, scope)).ToArray();
        var onCreate = merge.OnCreate.Select(item => Setter(item, scope)).ToArray();
        if (part.Nodes.Length == 1 && !part.Nodes[0].OuterBound && part.Nodes[0].Pattern.Properties is MapLiteral or null)
        {
            var node = part.Nodes[0];
            var entries = (node.Pattern.Properties as MapLiteral)?.Entries ?? [];
            return new MergeNodeOperator(input, node.Slot, node.Pattern.Labels.ToArray(),
                entries.Select(e => e.Key).ToArray(), entries.Select(e => planning.Expressions.Compile(e.Value, scope)).ToArray(), onMatch, onCreate);
        }
        if (part.Nodes.Length == 2 && part.Relationships.Length == 1
            && part.Nodes.All(n => n.OuterBound && n.Pattern.Labels.Count == 0 && n.Pattern.Properties is null)
            && part.Relationships[0] is { OuterBound: false, Pattern: { Length: null, Types.Count: 1, Properties: MapLiteral or null } relationship } bound)
        {
            var entries = (relationship.Properties as MapLiteral)?.Entries ?? [];
            var incoming = relationship.Direction == RelationshipDirection.Incoming;
            return new MergeRelationshipOperator(input, part.Nodes[incoming ? 1 : 0].Slot, part.Nodes[incoming ? 0 : 1].Slot, bound.Slot,
                relationship.Types[0], relationship.Direction == RelationshipDirection.Both,
                entries.Select(e => e.Key).ToArray(), entries.Select(e => planning.Expressions.Compile(e.Value, scope)).ToArray(), onMatch, onCreate);
        }
        return null;
    }

    public Operator PlanSet(Operator input, SetClause set, Scope scope) =>
        new SetOperator(input, set.Items.Select(item => Setter(item, scope)).ToArray()) { Details = planning.TextOf(set) };

    public Operator PlanRemove(Operator input, RemoveClause remove, Scope scope) =>
        new SetOperator(input, remove.Items.Select(item => Remover(item, scope)).ToArray()) { Details = planning.TextOf(remove) };

    public Operator PlanDelete(Operator input, DeleteClause delete, Scope scope, PendingDeletes pending) =>
        new DeleteOperator(input, delete.Targets.Select(target => planning.Expressions.Compile(target, scope)).ToArray(), delete.Detach, pending) { Details = string.Join(", ", delete.Targets.Select(planning.TextOf)) };

    // A node is reused when its variable was bound before the clause or earlier in the same pattern.
    private PatternToCreate ToCreate(BoundPart part, Scope scope, HashSet<int> bound)
    {
        var nodes = new NodeToCreate[part.Nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = part.Nodes[i];
            var reuse = !bound.Add(node.Slot);
            nodes[i] = new NodeToCreate(node.Slot, node.Name, reuse, node.Pattern.Labels.ToArray(), Properties(node.Pattern.Properties, scope));
        }
        var relationships = new RelationshipToCreate[part.Relationships.Length];
        for (var i = 0; i < relationships.Length; i++)
        {
            var relationship = part.Relationships[i];
            var pattern = relationship.Pattern; // the binder let through only single-type relationships
            var incoming = pattern.Direction == RelationshipDirection.Incoming;
            relationships[i] = new RelationshipToCreate(relationship.Slot, relationship.Name, pattern.Types[0],
                incoming ? i + 1 : i, incoming ? i : i + 1, Properties(pattern.Properties, scope));
            bound.Add(relationship.Slot);
        }
        PathTemplate? path = part.PathSlot < 0 ? null : new PathTemplate(
            part.Nodes.Select(n => n.Slot).ToArray(), part.Relationships.Select(r => r.Slot).ToArray(), new bool[part.Relationships.Length]);
        return new PatternToCreate(nodes, relationships, part.PathSlot, path);
    }

    private PropertySource Properties(Expression? properties, Scope scope) => properties switch
    {
        null => PropertySource.None,
        MapLiteral map => new PropertySource(
            map.Entries.Select(entry => entry.Key).ToArray(),
            map.Entries.Select(entry => planning.Expressions.Compile(entry.Value, scope)).ToArray(), null),
        _ => new PropertySource([], [], planning.Expressions.Compile(properties, scope)),
    };

    private Setter Setter(SetItem item, Scope scope) => item switch
    {
        SetProperty property => new SetPropertySetter(
            planning.Expressions.Compile(property.Target.Target, scope), property.Target.Key, planning.Expressions.Compile(property.Value, scope)),
        SetAllProperties all => new SetAllPropertiesSetter(Slot(all.Variable, scope), planning.Expressions.Compile(all.Value, scope), all.Merge),
        SetLabels labels => new LabelsSetter(Slot(labels.Variable, scope), labels.Labels.ToArray(), add: true),
        _ => throw new CypherException("SyntaxError", "UnsupportedClause", ErrorPhase.Compile, $"Unsupported SET item {item.GetType().Name}."),
    };

    private Setter Remover(RemoveItem item, Scope scope) => item switch
    {
        RemoveProperty property => new RemovePropertySetter(planning.Expressions.Compile(property.Target.Target, scope), property.Target.Key),
        RemoveLabels labels => new LabelsSetter(Slot(labels.Variable, scope), labels.Labels.ToArray(), add: false),
        _ => throw new CypherException("SyntaxError", "UnsupportedClause", ErrorPhase.Compile, $"Unsupported REMOVE item {item.GetType().Name}."),
    };

    private static int Slot(string variable, Scope scope) => scope.TryGet(variable, out var slot)
        ? slot
        : throw new CypherException("SyntaxError", "UndefinedVariable", ErrorPhase.Compile, $"Variable `{variable}` not defined");
}
