using RelationsGraph.Cypher.Storage.Durability;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The single writer. It holds the store's write lock for its whole life; readers do not wait for it and
/// do not see its changes, which are new versions until Commit stamps them (multi-version concurrency).
/// Every change pushes its inverse onto an undo log and its redo form onto the buffer Commit appends to the log.
/// </summary>
internal sealed class WriteTransaction : GraphView, IWriteTransaction
{
    private readonly GraphStore store;
    private readonly UndoLog undo;
    private readonly List<(int UndoCount, long RedoPosition)> savepoints = [];
    private readonly RedoBuffer redo;
    private readonly ReadSnapshot ambient = ReadSnapshot.ForWriter();
    private readonly ReadSnapshot? replaced;
    private bool finished;

    public WriteTransaction(GraphStore store, GraphData graph) : base(graph, copyEnumerations: true, snapshot: null)
    {
        this.store = store;
        (undo, redo) = store.TakeBuffers();
        graph.BeginTransaction();
        replaced = ReadSnapshot.Enter(ambient);
    }

    public NodeEntity CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureOpen();
        var labelList = DistinctLabels(labels);
        var values = Graph.CompactProperties(NormalizedPropertyList(properties));
        foreach (var index in Graph.UniqueIndexes)
            if (labelList.Contains(index.Label) && index.KeyOf(values ?? EmptyProperties.Instance) is { } key && index.Holder(key, null) is { } holder)
                throw StoreErrors.UniqueViolation(holder, index, key);
        var node = Graph.NewCompactNode(Graph.AllocateNodeId(), labelList, values);
        undo.DetachNode(node);
        redo.CreateNode(node);
        return node;
    }

    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public RelationshipEntity CreateRelationship(NodeEntity start, NodeEntity end, string type, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureOpen();
        EnsureLive(start);
        EnsureLive(end);
        var relationship = Graph.NewRelationship(Graph.AllocateRelationshipId(), type, start, end, NormalizedProperties(properties));
        undo.DetachRelationship(relationship);
        redo.CreateRelationship(relationship);
        return relationship;
    }

    public void SetProperty(NodeEntity node, string key, object? value)
    {
        EnsureOpen();
        EnsureLive(node);
        value = PropertyValues.Normalize(value);
        foreach (var index in Graph.UniqueIndexes)
        {
            if (value is null || !index.Mentions(key) || !node.LabelSet.Contains(index.Label)) continue;
            if (index.KeyOf(node.HeadProperties, key, value) is { } candidate && index.Holder(candidate, node) is { } holder)
                throw StoreErrors.UniqueViolation(holder, index, candidate);
        }
        var old = Graph.SetNodeProperty(node, key, value);
        undo.RestoreProperty(node, key, old);
        redo.SetProperty(node, key, value);
    }

    public void SetProperty(RelationshipEntity relationship, string key, object? value)
    {
        EnsureOpen();
        if (relationship.HeadDeleted) throw StoreErrors.DeletedEntity(relationship.ToString());
        value = PropertyValues.Normalize(value);
        var old = Graph.SetRelationshipProperty(relationship, key, value);
        undo.RestoreProperty(relationship, key, old);
        redo.SetProperty(relationship, key, value);
    }

    public bool AddLabel(NodeEntity node, string label)
    {
        EnsureOpen();
        EnsureLive(node);
        if (node.LabelSet.Contains(label)) return false;
        foreach (var index in Graph.UniqueIndexes)
            if (index.Label == label && index.KeyOf(node.HeadProperties) is { } key && index.Holder(key, node) is { } holder)
                throw StoreErrors.UniqueViolation(holder, index, key);
        Graph.AddLabel(node, label);
        undo.RemoveLabel(node, label);
        redo.AddLabel(node, label);
        return true;
    }

    public bool RemoveLabel(NodeEntity node, string label)
    {
        EnsureOpen();
        EnsureLive(node);
        if (!Graph.RemoveLabel(node, label)) return false;
        undo.AddLabel(node, label);
        redo.RemoveLabel(node, label);
        return true;
    }

    public void DeleteNode(NodeEntity node)
    {
        EnsureOpen();
        if (node.HeadDeleted) return;
        if (node.Outgoing.LiveCountOf(null) + node.Incoming.LiveCountOf(null) > 0) throw StoreErrors.DeleteConnectedNode(node);
        Graph.DetachNode(node);
        undo.AttachNode(node);
        redo.DeleteNode(node);
    }

    public void DeleteRelationship(RelationshipEntity relationship)
    {
        EnsureOpen();
        if (relationship.HeadDeleted) return;
        Graph.DetachRelationship(relationship);
        undo.AttachRelationship(relationship);
        redo.DeleteRelationship(relationship);
    }

    public bool CreateIndex(IndexDescriptor index)
    {
        EnsureOpen();
        index = index with { Name = SchemaNames.OrDefault(index.Name, "index", index.Label, index.Properties) };
        var sameName = Graph.IndexDescriptors.FirstOrDefault(i => i.Name == index.Name);
        if (sameName is not null && !sameName.SameSchemaAs(index))
            throw SchemaNames.NameInUse(index.Name);
        if (Graph.IndexDescriptors.Any(i => i.SameSchemaAs(index))) return false;
        Graph.AddIndex(index);
        undo.RemoveIndex(index.Name);
        redo.CreateIndex(index);
        return true;
    }

    public bool DropIndex(string name)
    {
        EnsureOpen();
        if (Graph.RemoveIndex(name) is not { } dropped) return false;
        undo.AddIndex(dropped);
        redo.DropIndex(name);
        return true;
    }

    public bool CreateConstraint(ConstraintDescriptor constraint)
    {
        EnsureOpen();
        constraint = constraint with { Name = SchemaNames.OrDefault(constraint.Name, "constraint", constraint.Label, constraint.Properties) };
        var sameName = Graph.ConstraintDescriptors.FirstOrDefault(c => c.Name == constraint.Name);
        if (sameName is not null && !SchemaNames.SameSchema(sameName.Label, sameName.Properties, constraint.Label, constraint.Properties))
            throw SchemaNames.NameInUse(constraint.Name);
        if (Graph.ConstraintDescriptors.Any(c => SchemaNames.SameSchema(c.Label, c.Properties, constraint.Label, constraint.Properties))) return false;
        VerifyUnique(constraint);
        Graph.AddConstraint(constraint);
        undo.RemoveConstraint(constraint.Name);
        redo.CreateConstraint(constraint);
        return true;
    }

    public bool DropConstraint(string name)
    {
        EnsureOpen();
        if (Graph.RemoveConstraint(name) is not { } dropped) return false;
        undo.AddConstraint(dropped);
        redo.DropConstraint(name);
        return true;
    }

    public int Savepoint()
    {
        EnsureOpen();
        savepoints.Add((undo.Count, redo.Position));
        return savepoints.Count - 1;
    }

    public void RollbackTo(int savepoint)
    {
        EnsureOpen();
        if (savepoint < 0 || savepoint >= savepoints.Count) throw new ArgumentOutOfRangeException(nameof(savepoint));
        var (undoCount, redoPosition) = savepoints[savepoint];
        undo.UndoDownTo(undoCount);
        redo.Truncate(redoPosition);
        savepoints.RemoveRange(savepoint + 1, savepoints.Count - savepoint - 1);
    }

    public void Commit()
    {
        EnsureOpen();
        try
        {
            // The full-text indexes take the transaction's text before it is durable: a failure there fails the commit.
            Graph.FullText.Flush(Graph);
            store.Persist(redo);
        }
        catch
        {
            // Nothing reached the log (Persist cleans up after itself), so memory must not keep the changes either.
            undo.UndoDownTo(0);
            Graph.DiscardVersions(store.LatestSeq);
            Finish();
            throw;
        }
        // Durable: stamp the versions, then let new readers see them.
        store.Publish(Graph.CommitVersions(Graph.LastTransactionId));
        Finish();
    }

    public void Rollback()
    {
        if (finished) return;
        undo.UndoDownTo(0);
        Graph.DiscardVersions(store.LatestSeq);
        Finish();
    }

    public void Dispose() => Rollback();

    protected override void EnsureOpen() => ObjectDisposedException.ThrowIf(finished, this);

    private void Finish()
    {
        finished = true;
        undo.Clear();
        redo.Clear();
        store.ReturnBuffers(undo, redo);
        ambient.Exit(replaced);
        store.EndWrite();
    }

    private void VerifyUnique(ConstraintDescriptor constraint)
    {
        var probe = new PropertyIndex(constraint.Label, constraint.Properties, unique: true);
        var seen = new Dictionary<object, NodeEntity>(CypherEquivalence.Instance);
        foreach (var node in Graph.NodesWithLabel(constraint.Label) ?? [])
        {
            if (probe.KeyOf(node) is not { } key) continue;
            if (seen.TryGetValue(key, out var other))
                throw StoreErrors.ConstraintCreationFailed(constraint, probe, other, node, key);
            seen[key] = node;
        }
    }

    private static IReadOnlyDictionary<string, object?> NormalizedProperties(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        // Most relationships of a bulk load have no properties: skip the dictionary then.
        if (properties is ICollection<KeyValuePair<string, object?>> { Count: 0 }) return EmptyProperties.Instance;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            var normalized = PropertyValues.Normalize(value);
            if (normalized is null) values.Remove(key);
            else values[key] = normalized;
        }
        return values;
    }

    // One list reused for every node the transaction creates (the record made from it copies what it keeps).
    private readonly List<KeyValuePair<string, object?>> nodeProperties = [];

    /// <summary>properties normalized, nulls dropped and a repeated key keeping its last value, as NormalizedProperties, into the reused list.</summary>
    private List<KeyValuePair<string, object?>> NormalizedPropertyList(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        nodeProperties.Clear();
        if (properties is ICollection<KeyValuePair<string, object?>> { Count: 0 }) return nodeProperties;
        if (properties is IReadOnlyList<KeyValuePair<string, object?>> list)
        {
            for (var i = 0; i < list.Count; i++) AddNormalized(list[i].Key, list[i].Value); // by index: no enumerator per node
            return nodeProperties;
        }
        foreach (var (key, value) in properties) AddNormalized(key, value);
        return nodeProperties;
    }

    private void AddNormalized(string key, object? value)
    {
        var normalized = PropertyValues.Normalize(value);
        var at = nodeProperties.Count - 1;
        while (at >= 0 && !string.Equals(nodeProperties[at].Key, key, StringComparison.Ordinal)) at--;
        if (at < 0) { if (normalized is not null) nodeProperties.Add(new(key, normalized)); }
        else if (normalized is null) nodeProperties.RemoveAt(at);
        else nodeProperties[at] = new(key, normalized);
    }

    // A node has a label or two: a list scan drops repeats without the set and iterator Distinct builds per node.
    // One list reused for every node created (what keeps the labels, the shared set, copies them).
    private readonly List<string> nodeLabels = [];

    private List<string> DistinctLabels(IEnumerable<string> labels)
    {
        var distinct = nodeLabels;
        distinct.Clear();
        if (labels is string[] array)
        {
            foreach (var label in array) // by index, no enumerator object
                if (!distinct.Contains(label)) distinct.Add(label);
            return distinct;
        }
        foreach (var label in labels)
            if (!distinct.Contains(label)) distinct.Add(label);
        return distinct;
    }

    private static void EnsureLive(NodeEntity node)
    {
        if (node.HeadDeleted) throw StoreErrors.DeletedEntity(node.ToString());
    }
}
