namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>Applies a logged transaction record to the graph during recovery.</summary>
internal static class RedoReplayer
{
    /// <summary>The transaction number a record carries.</summary>
    public static long TransactionIdOf(ReadOnlySpan<byte> record) => BitConverter.ToInt64(record);

    public static void Apply(GraphData graph, byte[] record)
    {
        using var reader = new BinaryReader(new MemoryStream(record, sizeof(long), record.Length - sizeof(long)), System.Text.Encoding.UTF8);
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var operation = (RedoOperation)reader.ReadByte();
            switch (operation)
            {
                case RedoOperation.CreateNode:
                    graph.NewNode(reader.ReadInt64(), ValueCodec.ReadStrings(reader), ValueCodec.ReadProperties(reader));
                    break;
                case RedoOperation.CreateRelationship:
                    var id = reader.ReadInt64();
                    var type = reader.ReadString();
                    var start = Node(graph, reader.ReadInt64());
                    var end = Node(graph, reader.ReadInt64());
                    graph.NewRelationship(id, type, start, end, ValueCodec.ReadProperties(reader));
                    break;
                case RedoOperation.SetNodeProperty:
                    var node = Node(graph, reader.ReadInt64());
                    graph.SetNodeProperty(node, reader.ReadString(), ValueCodec.Read(reader));
                    break;
                case RedoOperation.SetRelationshipProperty:
                    var relationship = Relationship(graph, reader.ReadInt64());
                    graph.SetRelationshipProperty(relationship, reader.ReadString(), ValueCodec.Read(reader));
                    break;
                case RedoOperation.AddLabel:
                    graph.AddLabel(Node(graph, reader.ReadInt64()), reader.ReadString());
                    break;
                case RedoOperation.RemoveLabel:
                    graph.RemoveLabel(Node(graph, reader.ReadInt64()), reader.ReadString());
                    break;
                case RedoOperation.DeleteNode:
                    graph.DetachNode(Node(graph, reader.ReadInt64()));
                    break;
                case RedoOperation.DeleteRelationship:
                    graph.DetachRelationship(Relationship(graph, reader.ReadInt64()));
                    break;
                case RedoOperation.CreateIndex:
                    graph.AddIndex(IndexDescriptor.FromStored(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
                    break;
                case RedoOperation.CreateConstraint:
                    graph.AddConstraint(new ConstraintDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
                    break;
                case RedoOperation.DropIndex:
                    graph.RemoveIndex(reader.ReadString());
                    break;
                case RedoOperation.DropConstraint:
                    graph.RemoveConstraint(reader.ReadString());
                    break;
                default:
                    throw new InvalidDataException($"Unknown redo operation {(byte)operation}.");
            }
        }
    }

    private static NodeEntity Node(GraphData graph, long id) =>
        graph.GetNode(id) ?? throw new InvalidDataException($"Log refers to missing node {id}.");

    private static RelationshipEntity Relationship(GraphData graph, long id) =>
        graph.GetRelationship(id) ?? throw new InvalidDataException($"Log refers to missing relationship {id}.");
}
