using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// The labels and property map a pattern puts on a node or relationship, as in (n:A {k: v}).
/// Property values are evaluated once per incoming row (they cannot depend on the entity itself).
/// </summary>
internal sealed class EntityConstraint
{
    public static readonly EntityConstraint None = new([], [], [], null);

    private readonly string[] labels;
    private readonly string[] keys;
    private readonly Evaluator[] values;
    private readonly Evaluator? map; // (n $param): the whole map comes from an expression

    public EntityConstraint(string[] labels, string[] keys, Evaluator[] values, Evaluator? map)
    {
        this.labels = labels; this.keys = keys; this.values = values; this.map = map;
    }

    /// <summary>The same constraint less one label, for a scan or seek that already guarantees it (null: unchanged).</summary>
    public EntityConstraint Without(string? label) =>
        label is null || Array.IndexOf(labels, label) < 0 ? this : new(labels.Where(l => l != label).ToArray(), keys, values, map);

    public bool IsEmpty => labels.Length == 0 && keys.Length == 0 && map is null;
    public bool HasProperties => keys.Length > 0 || map is not null;

    /// <summary>The property requirements for one incoming row, or null when they are empty.</summary>
    public KeyValuePair<string, object?>[]? Prepare(object?[] row, ExecutionContext context)
    {
        if (map is not null)
        {
            var value = map(row, context);
            if (value is null) return [];
            var dictionary = CypherTypes.AsMap(value) ?? throw CypherErrors.OperandType("a property map", value);
            return dictionary.ToArray();
        }
        if (keys.Length == 0) return null;
        var prepared = new KeyValuePair<string, object?>[keys.Length];
        for (var i = 0; i < keys.Length; i++) prepared[i] = new(keys[i], values[i](row, context));
        return prepared;
    }

    /// <summary>
    /// PROFILE's db hits for checking one entity against the pattern: a label check per label (less the
    /// label a label scan or index seek already guarantees) and a property read per key.
    /// </summary>
    public void CountCheck(ExecutionContext context, string? guaranteedLabel = null)
    {
        if (context.Profiler is not { } profiler || IsEmpty) return;
        var hits = labels.Length - (guaranteedLabel is not null && Array.IndexOf(labels, guaranteedLabel) >= 0 ? 1 : 0)
            + keys.Length + (map is null ? 0 : 1);
        if (hits > 0) profiler.DbHit(hits);
    }

    public bool Matches(IGraphReader reader, NodeEntity node, KeyValuePair<string, object?>[]? properties)
    {
        if (labels.Length > 0)
        {
            var held = reader.LabelsOf(node);
            foreach (var label in labels)
                if (!held.Contains(label)) return false;
        }
        return properties is null || PropertiesMatch(reader.PropertiesOf(node), properties);
    }

    /// <summary>
    /// Matches, for a node the writer's index seek of (seekLabel, seekKey) = sought just returned: that seek
    /// already checked the label and the key in the newest state, so when the pattern asks nothing more, and
    /// sought is an integer or a string (where the index's equivalence is Cypher equality) equal to the
    /// pattern's own value, the node need not be read again (a bulk load seeks twice per row, and each read
    /// of a node is a trip across the heap).
    /// </summary>
    public bool MatchesAfterSeek(IGraphReader reader, NodeEntity node, KeyValuePair<string, object?>[]? properties, string seekLabel, string seekKey, object? sought)
    {
        if (map is null && labels.Length == 1 && labels[0] == seekLabel && properties is { Length: 1 } && properties[0].Key == seekKey
            && (sought, properties[0].Value) switch
            {
                (long a, long b) => a == b,
                (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
                _ => false,
            })
            return true;
        return Matches(reader, node, properties);
    }

    /// <summary>The relationship's properties as the reader sees them against the pattern's (read only when it asks for some).</summary>
    public static bool PropertiesMatch(IGraphReader reader, RelationshipEntity relationship, KeyValuePair<string, object?>[]? required) =>
        required is null || PropertiesMatch(reader.PropertiesOf(relationship), required);

    public static bool PropertiesMatch(IReadOnlyDictionary<string, object?> actual, KeyValuePair<string, object?>[]? required)
    {
        if (required is null) return true;
        foreach (var (key, value) in required)
        {
            if (!actual.TryGetValue(key, out var present)) return false;
            if (CypherEquality.Equals(present, value) != true) return false;
        }
        return true;
    }
}
