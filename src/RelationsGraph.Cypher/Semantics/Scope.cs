namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// The variables visible at a point of a query, with their static types. A child scope sees its
/// parent's variables (comprehensions, subqueries); WITH starts a fresh scope.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, StaticType> _variables = new(StringComparer.Ordinal);
    private readonly Scope? _parent;

    public Scope(Scope? parent = null) => _parent = parent;

    public Scope Child() => new(this);

    public bool TryLookup(string name, out StaticType type)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
            if (scope._variables.TryGetValue(name, out type)) return true;
        type = default;
        return false;
    }

    public bool Contains(string name) => TryLookup(name, out _);

    public void Declare(string name, StaticType type) => _variables[name] = type;

    /// <summary>Every visible variable, the nearest declaration winning.</summary>
    public IReadOnlyDictionary<string, StaticType> All()
    {
        var all = _parent?.All().ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, StaticType>(StringComparer.Ordinal);
        foreach (var (name, type) in _variables) all[name] = type;
        return all;
    }
}
