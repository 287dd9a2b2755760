namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// The variables visible at a point of a query, with their static types. A child scope sees its
/// parent's variables (comprehensions, subqueries); WITH starts a fresh scope. Every scope of one
/// statement shares the table where the subqueries bound inside expressions are kept for the planner.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, StaticType> _variables = new(StringComparer.Ordinal);
    private readonly Scope? _parent;

    /// <summary>A scope with nothing visible; subqueries is the statement's table (a fresh one for a throwaway check).</summary>
    public Scope(BoundSubqueries? subqueries = null) => Subqueries = subqueries ?? new BoundSubqueries();

    private Scope(Scope parent)
    {
        _parent = parent;
        Subqueries = parent.Subqueries;
    }

    public BoundSubqueries Subqueries { get; }

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
