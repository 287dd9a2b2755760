using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>Short forms for the store calls tests make over and over.</summary>
internal static class StoreTestExtensions
{
    public static NodeEntity CreateNode(this IGraphWriter writer, string label, params (string Key, object? Value)[] properties) =>
        writer.CreateNode([label], properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));

    public static RelationshipEntity Connect(this IGraphWriter writer, NodeEntity start, NodeEntity end, string type) =>
        writer.CreateRelationship(start, end, type, []);

    /// <summary>Runs one write transaction and commits it.</summary>
    public static void Write(this IGraphStore store, Action<IWriteTransaction> work)
    {
        using var transaction = store.BeginWrite();
        work(transaction);
        transaction.Commit();
    }

    public static T Read<T>(this IGraphStore store, Func<IReadTransaction, T> query)
    {
        using var transaction = store.BeginRead();
        return query(transaction);
    }

    public static NodeEntity Single(this IGraphReader reader, string label, string key, object value) =>
        Assert.Single(reader.NodesWithLabel(label), n => Equals(n.Properties.GetValueOrDefault(key), value));
}
