namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// The variables visible at a point of a query, each a symbol with its static type. A child scope sees its
/// parent's variables (comprehensions, subqueries); WITH starts a fresh scope. Every scope of one
/// statement shares the table where what is bound inside expressions is kept for the planner.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, Symbol> _variables = new(StringComparer.Ordinal);
    private readonly Scope? _parent;

    /// <summary>A scope with nothing visible; bindings is the statement's table (a fresh one for a throwaway check).</summary>
    public Scope(ExpressionBindings? bindings = null) => Bindings = bindings ?? new ExpressionBindings();

    private Scope(Scope parent)
    {
        _parent = parent;
        Bindings = parent.Bindings;
    }

    public ExpressionBindings Bindings { get; }

    public Scope Child() => new(this);

    public bool TryLookup(string name, out StaticType type)
    {
        var found = TryResolve(name, out var symbol);
        type = found ? symbol!.Type : default;
        return found;
    }

    public bool TryResolve(string name, out Symbol? symbol)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
            if (scope._variables.TryGetValue(name, out symbol)) return true;
        symbol = null;
        return false;
    }

    public bool Contains(string name) => TryResolve(name, out _);

    /// <summary>Declares a new variable: a new symbol, even where the name was visible before.</summary>
    public Symbol Declare(string name, StaticType type) => _variables[name] = new Symbol(name, type);

    /// <summary>Makes an existing variable visible here (CALL { } imports): the same symbol, not a copy.</summary>
    public void Import(Symbol symbol) => _variables[symbol.Name] = symbol;

    /// <summary>Every visible variable, the nearest declaration winning.</summary>
    public IReadOnlyDictionary<string, StaticType> All() => Symbols().ToDictionary(pair => pair.Key, pair => pair.Value.Type, StringComparer.Ordinal);

    /// <summary>Every visible symbol by name, the nearest declaration winning.</summary>
    public Dictionary<string, Symbol> Symbols()
    {
        var all = _parent?.Symbols() ?? new Dictionary<string, Symbol>(StringComparer.Ordinal);
        foreach (var (name, symbol) in _variables) all[name] = symbol;
        return all;
    }
}
