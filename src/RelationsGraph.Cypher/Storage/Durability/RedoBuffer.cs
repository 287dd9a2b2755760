namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// A transaction's changes encoded as they happen, ready to append to the log at commit.
/// Truncating to an earlier Position drops the changes made since (savepoint rollback).
/// </summary>
internal sealed class RedoBuffer
{
    private readonly MemoryStream stream = new();
    private readonly BinaryWriter writer;

    public RedoBuffer() => writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);

    public long Position => stream.Length;
    public bool IsEmpty => stream.Length == 0;

    public void Truncate(long position)
    {
        writer.Flush();
        stream.SetLength(position);
        stream.Position = position;
    }

    public void Clear() => Truncate(0);

    /// <summary>Bytes the buffer holds room for (kept across transactions, see GraphStore.TakeBuffers).</summary>
    public int Capacity => stream.Capacity;

    /// <summary>The operations encoded so far, read in place (valid until the buffer next changes).</summary>
    public ReadOnlySpan<byte> Operations
    {
        get
        {
            writer.Flush();
            return stream.GetBuffer().AsSpan(0, (int)stream.Length);
        }
    }

    public void CreateNode(NodeEntity node)
    {
        Begin(RedoOperation.CreateNode, node.Id);
        ValueCodec.WriteStrings(writer, node.LabelSet);
        ValueCodec.WriteProperties(writer, node.HeadProperties);
    }

    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void CreateRelationship(RelationshipEntity relationship)
    {
        Begin(RedoOperation.CreateRelationship, relationship.Id);
        writer.Write(relationship.Type);
        writer.Write(relationship.Start.Id);
        writer.Write(relationship.End.Id);
        ValueCodec.WriteProperties(writer, relationship.HeadProperties);
    }

    public void SetProperty(NodeEntity node, string key, object? value) => SetProperty(RedoOperation.SetNodeProperty, node.Id, key, value);

    public void SetProperty(RelationshipEntity relationship, string key, object? value) =>
        SetProperty(RedoOperation.SetRelationshipProperty, relationship.Id, key, value);

    public void AddLabel(NodeEntity node, string label) { Begin(RedoOperation.AddLabel, node.Id); writer.Write(label); }

    public void RemoveLabel(NodeEntity node, string label) { Begin(RedoOperation.RemoveLabel, node.Id); writer.Write(label); }

    public void DeleteNode(NodeEntity node) => Begin(RedoOperation.DeleteNode, node.Id);

    public void DeleteRelationship(RelationshipEntity relationship) => Begin(RedoOperation.DeleteRelationship, relationship.Id);

    public void CreateIndex(IndexDescriptor index)
    {
        writer.Write((byte)RedoOperation.CreateIndex);
        WriteSchema(writer, index.Name, index.StoredLabel, index.Properties);
    }

    public void CreateConstraint(ConstraintDescriptor constraint)
    {
        writer.Write((byte)RedoOperation.CreateConstraint);
        WriteSchema(writer, constraint.Name, constraint.Label, constraint.Properties);
    }

    public void DropIndex(string name) { writer.Write((byte)RedoOperation.DropIndex); writer.Write(name); }

    public void DropConstraint(string name) { writer.Write((byte)RedoOperation.DropConstraint); writer.Write(name); }

    /// <summary>Name, label and keys of an index or constraint (shared with the snapshot format).</summary>
    public static void WriteSchema(BinaryWriter writer, string name, string label, IReadOnlyList<string> keys)
    {
        writer.Write(name);
        writer.Write(label);
        ValueCodec.WriteStrings(writer, keys.ToArray());
    }

    private void SetProperty(RedoOperation operation, long id, string key, object? value)
    {
        Begin(operation, id);
        writer.Write(key);
        ValueCodec.Write(writer, value);
    }

    private void Begin(RedoOperation operation, long id)
    {
        writer.Write((byte)operation);
        writer.Write(id);
    }
}
