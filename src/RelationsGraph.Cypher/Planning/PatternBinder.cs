using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

internal sealed record BoundNode(NodePattern Pattern, string Name, int Slot, bool OuterBound);

internal sealed record BoundRelationship(RelationshipPattern Pattern, string Name, int Slot, bool OuterBound);

/// <summary>One pattern part with a slot for each node and relationship (anonymous ones get hidden slots).</summary>
internal sealed record BoundPart(PatternPart Part, BoundNode[] Nodes, BoundRelationship[] Relationships, int PathSlot);

/// <summary>The result of binding a pattern: its parts, the scope after it, and the slots it introduced.</summary>
internal sealed record BoundPattern(BoundPart[] Parts, Scope Scope, int[] IntroducedSlots);

/// <summary>Gives every variable of a pattern its slot: reused when the name is in scope, new otherwise.</summary>
internal static class PatternBinder
{
    public static BoundPattern Bind(Pattern pattern, Scope scope, SlotLayout layout)
    {
        var outer = scope;
        var introduced = new List<int>();
        var parts = new BoundPart[pattern.Parts.Count];
        for (var p = 0; p < parts.Length; p++)
        {
            var part = pattern.Parts[p];
            var element = part.Element;
            var nodes = new BoundNode[element.Nodes.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = element.Nodes[i];
                var (name, slot) = Resolve(node.Variable, ref scope, layout, introduced, "node");
                nodes[i] = new BoundNode(node, name, slot, node.Variable is not null && outer.Contains(node.Variable));
            }
            var relationships = new BoundRelationship[element.Relationships.Count];
            for (var i = 0; i < relationships.Length; i++)
            {
                var relationship = element.Relationships[i];
                var (name, slot) = Resolve(relationship.Variable, ref scope, layout, introduced, "relationship");
                relationships[i] = new BoundRelationship(relationship, name, slot, relationship.Variable is not null && outer.Contains(relationship.Variable));
            }
            var pathSlot = -1;
            if (part.PathVariable is not null) (_, pathSlot) = Resolve(part.PathVariable, ref scope, layout, introduced, "path");
            parts[p] = new BoundPart(part, nodes, relationships, pathSlot);
        }
        return new BoundPattern(parts, scope, introduced.ToArray());
    }

    private static (string Name, int Slot) Resolve(string? variable, ref Scope scope, SlotLayout layout, List<int> introduced, string kind)
    {
        if (variable is not null && scope.TryGet(variable, out var existing)) return (variable, existing);
        var slot = layout.Allocate();
        introduced.Add(slot);
        if (variable is null) return ($"  {kind}{slot}", slot);
        scope = scope.With(variable, slot);
        return (variable, slot);
    }
}
