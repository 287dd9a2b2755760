namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The inverse of every change a write transaction made, newest last. Steps are plain structs rather than
/// closures: a bulk load records millions of them, and they must not cost two heap objects each.
/// </summary>
internal sealed class UndoLog(GraphData graph)
{
    private readonly List<Step> steps = [];

    public int Count => steps.Count;

    public void DetachNode(NodeEntity node) => steps.Add(new(Kind.DetachNode, node));
    public void AttachNode(NodeEntity node) => steps.Add(new(Kind.AttachNode, node));
    public void DetachRelationship(RelationshipEntity relationship) => steps.Add(new(Kind.DetachRelationship, relationship));
    public void AttachRelationship(RelationshipEntity relationship) => steps.Add(new(Kind.AttachRelationship, relationship));
    public void RestoreProperty(NodeEntity node, string key, object? oldValue) => steps.Add(new(Kind.SetNodeProperty, node, key, oldValue));
    public void RestoreProperty(RelationshipEntity relationship, string key, object? oldValue) => steps.Add(new(Kind.SetRelationshipProperty, relationship, key, oldValue));
    public void AddLabel(NodeEntity node, string label) => steps.Add(new(Kind.AddLabel, node, label));
    public void RemoveLabel(NodeEntity node, string label) => steps.Add(new(Kind.RemoveLabel, node, label));
    public void AddIndex(IndexDescriptor index) => steps.Add(new(Kind.AddIndex, index));
    public void RemoveIndex(string name) => steps.Add(new(Kind.RemoveIndex, name));
    public void AddConstraint(ConstraintDescriptor constraint) => steps.Add(new(Kind.AddConstraint, constraint));
    public void RemoveConstraint(string name) => steps.Add(new(Kind.RemoveConstraint, name));

    /// <summary>Undoes the newest steps until only count remain.</summary>
    public void UndoDownTo(int count)
    {
        for (var i = steps.Count - 1; i >= count; i--) Apply(steps[i]);
        steps.RemoveRange(count, steps.Count - count);
    }

    public void Clear() => steps.Clear();

    /// <summary>Steps the log holds room for (kept across transactions, see GraphStore.TakeBuffers).</summary>
    public int Capacity => steps.Capacity;

    private void Apply(Step step)
    {
        switch (step.Kind)
        {
            case Kind.DetachNode: graph.DetachNode((NodeEntity)step.Target); break;
            case Kind.AttachNode: graph.AttachNode((NodeEntity)step.Target); break;
            case Kind.DetachRelationship: graph.DetachRelationship((RelationshipEntity)step.Target); break;
            case Kind.AttachRelationship: graph.AttachRelationship((RelationshipEntity)step.Target); break;
            case Kind.SetNodeProperty: graph.SetNodeProperty((NodeEntity)step.Target, step.Key!, step.Value); break;
            case Kind.SetRelationshipProperty: graph.SetRelationshipProperty((RelationshipEntity)step.Target, step.Key!, step.Value); break;
            case Kind.AddLabel: graph.AddLabel((NodeEntity)step.Target, step.Key!); break;
            case Kind.RemoveLabel: graph.RemoveLabel((NodeEntity)step.Target, step.Key!); break;
            case Kind.AddIndex: graph.AddIndex((IndexDescriptor)step.Target); break;
            case Kind.RemoveIndex: graph.RemoveIndex((string)step.Target); break;
            case Kind.AddConstraint: graph.AddConstraint((ConstraintDescriptor)step.Target); break;
            case Kind.RemoveConstraint: graph.RemoveConstraint((string)step.Target); break;
        }
    }

    private enum Kind : byte
    {
        DetachNode, AttachNode, DetachRelationship, AttachRelationship, SetNodeProperty, SetRelationshipProperty,
        AddLabel, RemoveLabel, AddIndex, RemoveIndex, AddConstraint, RemoveConstraint,
    }

    private readonly record struct Step(Kind Kind, object Target, string? Key = null, object? Value = null);
}
