namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// One declared variable: each declaration is its own object (compared by reference), so two
/// variables of the same name in different scopes never meet. The planner gives each symbol its row
/// slot, where it used to look names up again in scopes of its own.
/// </summary>
internal sealed class Symbol(string name, StaticType type)
{
    public string Name { get; } = name;

    public StaticType Type { get; } = type;

    public override string ToString() => $"{Name}: {Type}";
}
