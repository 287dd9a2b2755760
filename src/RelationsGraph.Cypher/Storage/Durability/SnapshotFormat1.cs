namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads snapshots of format 1 ("RGSNAP01"), which stores still hold until their next checkpoint rewrites
/// them as format 3. Every object is replayed as a transaction would create it, names spelled out each time.
/// Layout after the header: [last transaction id: int64][next node id: int64][next relationship id: int64],
/// indexes and constraints ([count: int32] then name, label, keys), [node count: int64] then per node
/// [id: int64][labels][properties], [relationship count: int64] then per relationship
/// [id: int64][type][start id: int64][end id: int64][properties].
/// </summary>
internal static class SnapshotFormat1
{
    public const string Magic = "RGSNAP01";
    public const int Version = 1;

    public static void Read(BinaryReader reader, GraphData graph)
    {
        graph.LastTransactionId = reader.ReadInt64();
        graph.RestoreIdCounters(reader.ReadInt64(), reader.ReadInt64());

        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddIndex(IndexDescriptor.FromStored(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddConstraint(new ConstraintDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));

        for (long i = 0, count = reader.ReadInt64(); i < count; i++)
            graph.NewNode(reader.ReadInt64(), ValueCodec.ReadStrings(reader), ValueCodec.ReadProperties(reader));
        for (long i = 0, count = reader.ReadInt64(); i < count; i++)
        {
            var id = reader.ReadInt64();
            var type = reader.ReadString();
            var start = graph.GetNode(reader.ReadInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            var end = graph.GetNode(reader.ReadInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            graph.NewRelationship(id, type, start, end, ValueCodec.ReadProperties(reader));
        }
    }
}
