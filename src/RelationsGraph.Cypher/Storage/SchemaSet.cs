namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The range indexes and unique constraints one commit left, each with the index that answers for it. A
/// reader plans, seeks and lists the schema from the set of its snapshot (GraphData.SchemaAt), so an index
/// created later is not used by it and one dropped later still answers it: a dropped index stops taking
/// changes, and what it held at the drop covers every snapshot before it (readers re-check each candidate).
/// </summary>
internal sealed record SchemaSet(
    (IndexDescriptor Descriptor, PropertyIndex Index)[] Indexes,
    (ConstraintDescriptor Descriptor, PropertyIndex Index)[] Constraints)
{
    public static readonly SchemaSet Empty = new([], []);

    /// <summary>An index or constraint that answers an equality seek on (label, key), if any.</summary>
    public PropertyIndex? SeekIndex(string label, string key)
    {
        foreach (var (_, index) in Constraints) if (index.CoversSingle(label, key)) return index;
        foreach (var (_, index) in Indexes) if (index.CoversSingle(label, key)) return index;
        return null;
    }
}
