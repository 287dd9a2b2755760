using RelationsGraph.Cypher.Semantics;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// The row slot of each symbol the semantic pass declared: a clause binds its new symbols here, and
/// a later clause that refers to the same symbol reads its slot instead of resolving the name again.
/// </summary>
internal sealed class SymbolSlots
{
    private readonly Dictionary<Symbol, int> slots = new(ReferenceEqualityComparer.Instance);

    public void Bind(Symbol symbol, int slot) => slots[symbol] = slot;

    /// <summary>
    /// The slot of a symbol declared earlier. Variables declared inside expressions (comprehensions,
    /// nested patterns) are still slotted by the expression compiler under their name, so for those the
    /// scope at hand answers.
    /// </summary>
    public int SlotOf(Symbol symbol, Scope scope) =>
        slots.TryGetValue(symbol, out var slot) || scope.TryGet(symbol.Name, out slot)
            ? slot
            : throw new InvalidOperationException($"Variable `{symbol.Name}` reached the planner without a slot.");
}
