namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The graph in memory with its indexes. These are the raw primitives: no validation, no undo, no logging.
/// Transactions validate and record around them; recovery replays through them directly.
/// </summary>
internal sealed class GraphData
{
    private readonly EntityTable<NodeEntity> nodes = new();
    private readonly EntityTable<RelationshipEntity> relationships = new();
    private readonly Dictionary<string, HashSet<NodeEntity>> labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> internedTypes = new(StringComparer.Ordinal);
    // Relationships per type, kept on attach and detach: the count store that answers count(r) by type.
    private readonly Dictionary<string, long> typeCounts = new(StringComparer.Ordinal);
    private readonly List<(IndexDescriptor Descriptor, PropertyIndex Index)> indexes = [];
    private readonly List<(ConstraintDescriptor Descriptor, PropertyIndex Index)> constraints = [];

    public long NextNodeId { get; private set; }
    public long NextRelationshipId { get; private set; }
    /// <summary>The number of the last committed transaction, so replay can skip what a snapshot already holds.</summary>
    public long LastTransactionId { get; set; }

    public long NodeCount => nodes.Count;
    public long RelationshipCount => relationships.Count;
    public IEnumerable<NodeEntity> Nodes => nodes.Enumerate();
    public IEnumerable<RelationshipEntity> Relationships => relationships.Enumerate();
    public NodeEntity? GetNode(long id) => nodes.Get(id);
    public RelationshipEntity? GetRelationship(long id) => relationships.Get(id);
    public IReadOnlyCollection<NodeEntity>? NodesWithLabel(string label) => labelIndex.GetValueOrDefault(label);
    public long CountNodesWithLabel(string label) => labelIndex.TryGetValue(label, out var bucket) ? bucket.Count : 0;
    public long CountRelationshipsWithType(string type) => typeCounts.GetValueOrDefault(type);

    /// <summary>A node's relationships in one direction (adjacency keeps ids; this resolves them).</summary>
    public IEnumerable<RelationshipEntity> Expand(Adjacency adjacency, IReadOnlyList<string>? types) => adjacency.Enumerate(types, relationships);

    public IEnumerable<IndexDescriptor> IndexDescriptors => indexes.Select(i => i.Descriptor);
    public IEnumerable<ConstraintDescriptor> ConstraintDescriptors => constraints.Select(c => c.Descriptor);
    public IEnumerable<PropertyIndex> UniqueIndexes => constraints.Select(c => c.Index);

    /// <summary>An index or constraint that answers an equality seek on (label, key), if any.</summary>
    public PropertyIndex? SeekIndex(string label, string key)
    {
        // Asked once per sought row (a bulk MERGE asks twice per row), so it compares in place and allocates nothing.
        foreach (var (_, index) in constraints) if (index.CoversSingle(label, key)) return index;
        foreach (var (_, index) in indexes) if (index.CoversSingle(label, key)) return index;
        return null;
    }

    public long AllocateNodeId() => NextNodeId++;
    public long AllocateRelationshipId() => NextRelationshipId++;

    /// <summary>Restores the id counters from a snapshot (replayed records move them on by themselves).</summary>
    public void RestoreIdCounters(long nextNodeId, long nextRelationshipId)
    {
        NextNodeId = Math.Max(NextNodeId, nextNodeId);
        NextRelationshipId = Math.Max(NextRelationshipId, nextRelationshipId);
    }

    /// <summary>Sizes the entity tables once when the final id ranges are known (opening a snapshot).</summary>
    public void ReserveIds(long nodeIds, long relationshipIds)
    {
        nodes.Reserve(nodeIds);
        relationships.Reserve(relationshipIds);
    }

    public NodeEntity NewNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = new NodeEntity(id);
        foreach (var label in labels) node.LabelSet.Add(label);
        foreach (var (key, value) in properties)
            if (value is not null) node.PropertyMap[key] = value;
        NextNodeId = Math.Max(NextNodeId, id + 1);
        AttachNode(node);
        return node;
    }

    public void AttachNode(NodeEntity node)
    {
        node.IsDeleted = false;
        nodes.Put(node.Id, node);
        foreach (var label in node.LabelSet) LabelBucket(label).Add(node);
        foreach (var index in AllIndexes()) index.Add(node);
    }

    public void DetachNode(NodeEntity node)
    {
        foreach (var index in AllIndexes()) index.Remove(node);
        foreach (var label in node.LabelSet) RemoveFromLabel(label, node);
        nodes.Remove(node.Id);
        node.IsDeleted = true;
    }

    public RelationshipEntity NewRelationship(long id, string type, NodeEntity start, NodeEntity end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var relationship = new RelationshipEntity(id, Intern(type), start, end);
        foreach (var (key, value) in properties)
            if (value is not null) relationship.PropertyMap[key] = value;
        NextRelationshipId = Math.Max(NextRelationshipId, id + 1);
        AttachRelationship(relationship);
        return relationship;
    }

    public void AttachRelationship(RelationshipEntity relationship)
    {
        relationship.IsDeleted = false;
        relationships.Put(relationship.Id, relationship);
        typeCounts[relationship.Type] = typeCounts.GetValueOrDefault(relationship.Type) + 1;
        relationship.Start.Outgoing.Add(relationship);
        relationship.End.Incoming.Add(relationship);
    }

    public void DetachRelationship(RelationshipEntity relationship)
    {
        relationship.Start.Outgoing.Remove(relationship);
        relationship.End.Incoming.Remove(relationship);
        relationships.Remove(relationship.Id);
        if (typeCounts.TryGetValue(relationship.Type, out var left))
        {
            if (left <= 1) typeCounts.Remove(relationship.Type);
            else typeCounts[relationship.Type] = left - 1;
        }
        relationship.IsDeleted = true;
    }

    /// <summary>Sets (or with null removes) a node property, keeping indexes current. Returns the old value.</summary>
    public object? SetNodeProperty(NodeEntity node, string key, object? value)
    {
        var touched = node.IsDeleted ? [] : AllIndexes().Where(i => i.Mentions(key) && node.LabelSet.Contains(i.Label)).ToList();
        foreach (var index in touched) index.Remove(node);
        var old = SetEntry(node.PropertyMap, key, value);
        foreach (var index in touched) index.Add(node);
        return old;
    }

    public object? SetRelationshipProperty(RelationshipEntity relationship, string key, object? value) =>
        SetEntry(relationship.PropertyMap, key, value);

    public bool AddLabel(NodeEntity node, string label)
    {
        if (!node.LabelSet.Add(label)) return false;
        if (node.IsDeleted) return true;
        LabelBucket(label).Add(node);
        foreach (var index in AllIndexes()) if (index.Label == label) index.Add(node);
        return true;
    }

    public bool RemoveLabel(NodeEntity node, string label)
    {
        if (!node.LabelSet.Contains(label)) return false;
        if (!node.IsDeleted)
        {
            foreach (var index in AllIndexes()) if (index.Label == label) index.Remove(node);
            RemoveFromLabel(label, node);
        }
        node.LabelSet.Remove(label);
        return true;
    }

    public void AddIndex(IndexDescriptor descriptor) => indexes.Add((descriptor, Build(descriptor.Label, descriptor.Properties, unique: false)));

    public void AddConstraint(ConstraintDescriptor descriptor) => constraints.Add((descriptor, Build(descriptor.Label, descriptor.Properties, unique: true)));

    public IndexDescriptor? RemoveIndex(string name)
    {
        var at = indexes.FindIndex(i => i.Descriptor.Name == name);
        if (at < 0) return null;
        var descriptor = indexes[at].Descriptor;
        indexes.RemoveAt(at);
        return descriptor;
    }

    public ConstraintDescriptor? RemoveConstraint(string name)
    {
        var at = constraints.FindIndex(c => c.Descriptor.Name == name);
        if (at < 0) return null;
        var descriptor = constraints[at].Descriptor;
        constraints.RemoveAt(at);
        return descriptor;
    }

    private PropertyIndex Build(string label, IReadOnlyList<string> keys, bool unique)
    {
        var index = new PropertyIndex(label, keys, unique);
        if (labelIndex.TryGetValue(label, out var labelled))
            foreach (var node in labelled) index.Add(node);
        return index;
    }

    private IEnumerable<PropertyIndex> AllIndexes()
    {
        foreach (var (_, index) in constraints) yield return index;
        foreach (var (_, index) in indexes) yield return index;
    }

    private static object? SetEntry(Dictionary<string, object?> map, string key, object? value)
    {
        map.TryGetValue(key, out var old);
        if (value is null) map.Remove(key);
        else map[key] = value;
        return old;
    }

    private HashSet<NodeEntity> LabelBucket(string label)
    {
        if (!labelIndex.TryGetValue(label, out var bucket)) labelIndex[label] = bucket = [];
        return bucket;
    }

    private void RemoveFromLabel(string label, NodeEntity node)
    {
        if (!labelIndex.TryGetValue(label, out var bucket)) return;
        bucket.Remove(node);
        if (bucket.Count == 0) labelIndex.Remove(label);
    }

    /// <summary>One string instance per relationship type, so a million relationships share a handful of strings.</summary>
    private string Intern(string type)
    {
        if (internedTypes.TryGetValue(type, out var interned)) return interned;
        internedTypes[type] = type;
        return type;
    }
}
