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
/// Gives every variable of a pattern its slot. Patterns come bound by the semantic pass: each element names
/// its symbol (null when anonymous); the symbols the pattern declares get new slots, the others are read
/// where the scope at hand holds them (which, after aggregation, is the grouping key's slot).
/// </summary>
internal static class PatternBinder
{
    /// <summary>The pattern of MATCH, OPTIONAL MATCH, CREATE or MERGE.</summary>
    public static BoundPattern Bind(BoundPatternClause clause, Scope scope, PlanningContext planning) =>
        Bind(clause.Parts, clause.Declared, scope, planning);

    /// <summary>A pattern inside an expression (pattern predicate, comprehension, EXISTS/COUNT { pattern }).</summary>
    public static BoundPattern Bind(Pattern pattern, Scope scope, PlanningContext planning)
    {
        var parts = new List<PartSymbols>(pattern.Parts.Count);
        var declared = new List<Symbol>();
        foreach (var part in pattern.Parts)
        {
            var symbols = planning.Bindings.PatternOf(part.Element);
            parts.Add(new PartSymbols(part, symbols.Nodes, symbols.Relationships, symbols.Path));
            declared.AddRange(symbols.Declared);
        }
        return Bind(parts, declared, scope, planning);
    }

    private static BoundPattern Bind(IReadOnlyList<PartSymbols> pattern, IEnumerable<Symbol> declaredSymbols, Scope scope, PlanningContext planning)
    {
        var declared = new HashSet<Symbol>(declaredSymbols, ReferenceEqualityComparer.Instance);
        var slotted = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        var introduced = new List<int>();
        var outer = scope;

        (string Name, int Slot, bool OuterBound) Resolve(Symbol? symbol, string kind)
        {
            if (symbol is not null && !declared.Contains(symbol)) return (symbol.Name, SlotOf(symbol, outer), true);
            if (symbol is not null && !slotted.Add(symbol)) return (symbol.Name, SlotOf(symbol, scope), false); // again in this pattern
            var slot = planning.Layout.Allocate();
            introduced.Add(slot);
            if (symbol is null) return ($"  {kind}{slot}", slot, false);
            scope = scope.With(symbol.Name, slot);
            return (symbol.Name, slot, false);
        }

        var parts = new BoundPart[pattern.Count];
        for (var p = 0; p < parts.Length; p++)
        {
            var symbols = pattern[p];
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

    private static int SlotOf(Symbol symbol, Scope scope) => scope.TryGet(symbol.Name, out var slot)
        ? slot
        : throw new InvalidOperationException($"Variable `{symbol.Name}` was bound by the semantic pass but has no slot in the plan.");
}
