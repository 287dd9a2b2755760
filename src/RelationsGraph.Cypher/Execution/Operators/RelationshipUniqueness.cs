using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Cypher's relationship isomorphism: within one MATCH, one relationship binds at most one pattern
/// relationship. Knows the slots (single relationships and variable-length lists) bound earlier in the MATCH.
/// </summary>
internal sealed class RelationshipUniqueness(int[] relationshipSlots, int[] listSlots)
{
    public static readonly RelationshipUniqueness None = new([], []);

    public bool IsUsed(object?[] row, RelationshipEntity relationship) => IsUsed(row, relationship.Id);

    public bool IsUsed(object?[] row, long relationshipId)
    {
        foreach (var slot in relationshipSlots)
            if (row[slot] is RelationshipEntity bound && bound.Id == relationshipId) return true;
        foreach (var slot in listSlots)
            if (row[slot] is List<object?> list)
                foreach (var item in list)
                    if (item is RelationshipEntity bound && bound.Id == relationshipId) return true;
        return false;
    }
}
