namespace RelationsGraph.Cypher.Planning;

/// <summary>The variables visible at one point of a query, each bound to its row slot. Immutable.</summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new(new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly Dictionary<string, int> slots;

    private Scope(Dictionary<string, int> slots) => this.slots = slots;

    public bool TryGet(string name, out int slot) => slots.TryGetValue(name, out slot);

    public bool Contains(string name) => slots.ContainsKey(name);

    public IEnumerable<KeyValuePair<string, int>> Variables => slots;

    public Scope With(string name, int slot)
    {
        var copy = new Dictionary<string, int>(slots, StringComparer.Ordinal) { [name] = slot };
        return new Scope(copy);
    }

    /// <summary>Several bindings at once: one copy, where repeated With calls would copy once per name.</summary>
    public Scope WithAll(IReadOnlyList<string> names, IReadOnlyList<int> slotsOfNames)
    {
        var copy = new Dictionary<string, int>(slots, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) copy[names[i]] = slotsOfNames[i];
        return new Scope(copy);
    }

    public static bool IsHidden(string name) => name.Length > 0 && name[0] == ' ';
}
