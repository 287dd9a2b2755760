namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// The parameters a plan reads, by name, each with its index into the run's values: a run fills one array
/// from the caller's map (Fill), so evaluating a parameter is an array read and the plan holds no value.
/// </summary>
internal sealed class ParameterSlots
{
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    public int IndexOf(string name)
    {
        var at = names.IndexOf(name);
        if (at >= 0) return at;
        names.Add(name);
        return names.Count - 1;
    }

    /// <summary>The values of this run in slot order; a parameter the plan reads but the run lacks fails as planning would.</summary>
    public object?[] Fill(IReadOnlyDictionary<string, object?> parameters)
    {
        if (names.Count == 0) return [];
        var values = new object?[names.Count];
        for (var i = 0; i < values.Length; i++)
            if (!parameters.TryGetValue(names[i], out values[i])) throw Missing(names[i]);
        return values;
    }

    public static CypherException Missing(string name) =>
        new("ParameterMissing", "MissingParameter", ErrorPhase.Compile, $"Expected parameter(s): {name}");
}
