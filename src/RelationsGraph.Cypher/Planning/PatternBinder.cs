using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

internal sealed record BoundNode(NodePattern Pattern, string Name, int Slot, bool OuterBound);

internal sealed record BoundRelationship(RelationshipPattern Pattern, string Name, int Slot, bool OuterBound);

/// <summary>One pattern part with a slot for each node and relationship (anonymous ones get hidden slots).</summary>
internal sealed record BoundPart(PatternPart Part, BoundNode[] Nodes, BoundRelationship[] Relationships, int PathSlot);

/// <summary>The result of binding a pattern: its parts, the scope after it, and the slots it introduced.</summary>
internal sealed record BoundPattern(BoundPart[] Parts, Scope Scope, int[] IntroducedSlots);

/// <summary>
/// Gives every variable of a pattern its slot. A clause's pattern comes bound: each element names its symbol,
/// and the symbols the clause declared get new slots, the others keep theirs. Patterns inside expressions
/// are still bound here by name: reused when the name is in scope, new otherwise.
/// </summary>
internal static class PatternBinder
{
    public static BoundPattern Bind(BoundPatternClause clause, Scope scope, PlanningContext planning)
    {
        var declared = new HashSet<Symbol>(clause.Declared, ReferenceEqualityComparer.Instance);
        var slotted = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        var introduced = new List<int>();
        var outer = scope;

        (string Name, int Slot, bool OuterBound) Resolve(Symbol? symbol, string kind)
        {
            if (symbol is not null && !declared.Contains(symbol)) return (symbol.Name, planning.Symbols.SlotOf(symbol, outer), true);
            if (symbol is not null && !slotted.Add(symbol)) return (symbol.Name, planning.Symbols.SlotOf(symbol, scope), false); // again in this pattern
            var slot = planning.Layout.Allocate();
            introduced.Add(slot);
            if (symbol is null) return ($"  {kind}{slot}", slot, false);
            planning.Symbols.Bind(symbol, slot);
            scope = scope.With(symbol.Name, slot);
            return (symbol.Name, slot, false);
        }

        var parts = new BoundPart[clause.Parts.Count];
        for (var p = 0; p < parts.Length; p++)
        {
            var symbols = clause.Parts[p];
            var element = symbols.Syntax.Element;
            var nodes = new BoundNode[element.Nodes.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                var (name, slot, outerBound) = Resolve(symbols.Nodes[i], "node");
                nodes[i] = new BoundNode(element.Nodes[i], name, slot, outerBound);
            }
            var relationships = new BoundRelationship[element.Relationships.Count];
            for (var i = 0; i < relationships.Length; i++)
            {
                var (name, slot, outerBound) = Resolve(symbols.Relationships[i], "relationship");
                relationships[i] = new BoundRelationship(element.Relationships[i], name, slot, outerBound);
            }
            var pathSlot = symbols.Path is null ? -1 : Resolve(symbols.Path, "path").Slot;
            parts[p] = new BoundPart(symbols.Syntax, nodes, relationships, pathSlot);
        }
        return new BoundPattern(parts, scope, introduced.ToArray());
    }

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
