using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Profiling;

/// <summary>
/// A decorator over the store's reader that charges PROFILE's db hits: one per node or relationship
/// a scan, seek or expand hands out, plus one per lookup call. Everything else is passed through.
/// </summary>
internal class CountingGraphReader(IGraphReader inner, PlanProfiler profiler) : IGraphReader
{
    /// <summary>The reader to give a statement: a writer stays a writer so the writing clauses still work.</summary>
    public static IGraphReader Wrap(IGraphReader reader, PlanProfiler profiler) =>
        reader is IGraphWriter writer ? new CountingGraphWriter(writer, profiler) : new CountingGraphReader(reader, profiler);

    protected PlanProfiler Profiler => profiler;

    public IEnumerable<NodeEntity> AllNodes() => Counted(inner.AllNodes());
    public IEnumerable<NodeEntity> NodesWithLabel(string label) => Counted(inner.NodesWithLabel(label));

    public IEnumerable<NodeEntity>? SeekByProperty(string label, string key, object value) =>
        inner.SeekByProperty(label, key, value) is { } found ? Counted(found) : null;

    public bool HasIndex(string label, string key) => inner.HasIndex(label, key);

    // Reads of what an entity holds: PROFILE charges them where the expression reads (ExecutionContext.CountEntityRead).
    public IReadOnlyCollection<string> LabelsOf(NodeEntity node) => inner.LabelsOf(node);
    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeEntity node) => inner.PropertiesOf(node);
    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipEntity relationship) => inner.PropertiesOf(relationship);
    public NodeEntity StartOf(RelationshipEntity relationship) => inner.StartOf(relationship);
    public NodeEntity EndOf(RelationshipEntity relationship) => inner.EndOf(relationship);
    public NodeEntity OtherNode(RelationshipEntity relationship, NodeEntity node) => inner.OtherNode(relationship, node);
    public bool IsDeleted(NodeEntity node) => inner.IsDeleted(node);
    public bool IsDeleted(RelationshipEntity relationship) => inner.IsDeleted(relationship);

    public NodeEntity? GetNode(long id)
    {
        profiler.DbHit();
        return inner.GetNode(id);
    }

    public IEnumerable<RelationshipEntity> AllRelationships() => Counted(inner.AllRelationships());

    public long CountNodesWithLabel(string label)
    {
        profiler.DbHit();
        return inner.CountNodesWithLabel(label);
    }

    public long CountRelationshipsWithType(string type)
    {
        profiler.DbHit();
        return inner.CountRelationshipsWithType(type);
    }

    public long CountSelfLoops(string? type)
    {
        profiler.DbHit();
        return inner.CountSelfLoops(type);
    }

    public IReadOnlyList<(object Entity, double Score)> QueryFullText(string indexName, bool relationships, string query, int limit)
    {
        var found = inner.QueryFullText(indexName, relationships, query, limit);
        for (var i = 0; i <= found.Count; i++) profiler.DbHit(); // the index lookup, then each entity it hands out
        return found;
    }

    public RelationshipEntity? GetRelationship(long id)
    {
        profiler.DbHit();
        return inner.GetRelationship(id);
    }

    public IEnumerable<RelationshipEntity> Relationships(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null) =>
        Counted(inner.Relationships(node, direction, types));

    public void AppendFarEnds(NodeEntity node, Direction direction, IReadOnlyList<string>? types, List<(long RelationshipId, NodeEntity Other)> into)
    {
        var before = into.Count;
        inner.AppendFarEnds(node, direction, types, into);
        profiler.DbHit(1 + into.Count - before); // as Relationships is charged: the call, then each relationship
    }

    public int Degree(NodeEntity node, Direction direction, string? type = null)
    {
        profiler.DbHit();
        return inner.Degree(node, direction, type);
    }

    public long NodeCount => inner.NodeCount;
    public long RelationshipCount => inner.RelationshipCount;
    public object? SnapshotIdentity => inner.SnapshotIdentity;
    public IReadOnlyList<IndexDescriptor> Indexes => inner.Indexes;
    public IReadOnlyList<ConstraintDescriptor> Constraints => inner.Constraints;

    // The call itself is one hit (opening the scan or the adjacency list), then one per entity read.
    private IEnumerable<T> Counted<T>(IEnumerable<T> entities)
    {
        profiler.DbHit();
        foreach (var entity in entities)
        {
            profiler.DbHit();
            yield return entity;
        }
    }
}

/// <summary>The writing side of CountingGraphReader: writes are passed through uncounted (Neo4j counts them apart, as updates).</summary>
internal sealed class CountingGraphWriter(IGraphWriter inner, PlanProfiler profiler) : CountingGraphReader(inner, profiler), IGraphWriter
{
    public NodeEntity CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties) => inner.CreateNode(labels, properties);
    public RelationshipEntity CreateRelationship(NodeEntity start, NodeEntity end, string type, IEnumerable<KeyValuePair<string, object?>> properties) =>
        inner.CreateRelationship(start, end, type, properties);
    public void SetProperty(NodeEntity node, string key, object? value) => inner.SetProperty(node, key, value);
    public void SetProperty(RelationshipEntity relationship, string key, object? value) => inner.SetProperty(relationship, key, value);
    public bool AddLabel(NodeEntity node, string label) => inner.AddLabel(node, label);
    public bool RemoveLabel(NodeEntity node, string label) => inner.RemoveLabel(node, label);
    public void DeleteNode(NodeEntity node) => inner.DeleteNode(node);
    public void DeleteRelationship(RelationshipEntity relationship) => inner.DeleteRelationship(relationship);
    public bool CreateIndex(IndexDescriptor index) => inner.CreateIndex(index);
    public bool DropIndex(string name) => inner.DropIndex(name);
    public bool CreateConstraint(ConstraintDescriptor constraint) => inner.CreateConstraint(constraint);
    public bool DropConstraint(string name) => inner.DropConstraint(name);
}
