namespace RelationsGraph.Cypher.Storage;

/// <summary>Naming and equivalence rules shared by indexes and constraints.</summary>
internal static class SchemaNames
{
    /// <summary>The given name, or a deterministic one (index_Person_name) when none was given.</summary>
    public static string OrDefault(string? name, string kind, string label, IReadOnlyList<string> keys) =>
        string.IsNullOrEmpty(name) ? $"{kind}_{label}_{string.Join("_", keys)}" : name;

    public static bool SameSchema(string label, IReadOnlyList<string> keys, string otherLabel, IReadOnlyList<string> otherKeys) =>
        label == otherLabel && keys.SequenceEqual(otherKeys, StringComparer.Ordinal);

    public static CypherException NameInUse(string name) => new("SchemaError", "EquivalentSchemaRuleAlreadyExists", ErrorPhase.Runtime,
        $"There already exists an index or constraint called '{name}' with a different definition.");
}
