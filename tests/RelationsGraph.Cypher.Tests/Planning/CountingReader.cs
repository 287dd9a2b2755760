using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// A read view of a real in-memory store that counts how the engine reads it, so a test can tell a
/// plan that asks the store for a count or a degree from one that walks nodes and relationships.
/// </summary>
internal sealed class CountingReader(IGraphReader inner) : IGraphReader
{
    public int NodeScans { get; private set; }
    public int RelationshipScans { get; private set; }
    public int Expansions { get; private set; }
    public int DegreeLookups { get; private set; }
    public int FarEndWalks { get; private set; }

    public IEnumerable<NodeEntity> AllNodes() { NodeScans++; return inner.AllNodes(); }
    public IEnumerable<NodeEntity> NodesWithLabel(string label) { NodeScans++; return inner.NodesWithLabel(label); }
    public IEnumerable<NodeEntity>? SeekByProperty(string label, string key, object value) => inner.SeekByProperty(label, key, value);
    public bool HasIndex(string label, string key) => inner.HasIndex(label, key);
    public IReadOnlyCollection<string> LabelsOf(NodeEntity node) => inner.LabelsOf(node);
    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeEntity node) => inner.PropertiesOf(node);
    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipEntity relationship) => inner.PropertiesOf(relationship);
    public NodeEntity StartOf(RelationshipEntity relationship) => inner.StartOf(relationship);
    public NodeEntity EndOf(RelationshipEntity relationship) => inner.EndOf(relationship);
    public NodeEntity OtherNode(RelationshipEntity relationship, NodeEntity node) => inner.OtherNode(relationship, node);
    public bool IsDeleted(NodeEntity node) => inner.IsDeleted(node);
    public bool IsDeleted(RelationshipEntity relationship) => inner.IsDeleted(relationship);
    public IReadOnlyList<(object Entity, double Score)> QueryFullText(string indexName, bool relationships, string query, int limit) =>
        inner.QueryFullText(indexName, relationships, query, limit);
    public NodeEntity? GetNode(long id) => inner.GetNode(id);
    public IEnumerable<RelationshipEntity> AllRelationships() { RelationshipScans++; return inner.AllRelationships(); }
    public RelationshipEntity? GetRelationship(long id) => inner.GetRelationship(id);
    public IEnumerable<RelationshipEntity> Relationships(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null)
    {
        Expansions++;
        return inner.Relationships(node, direction, types);
    }
    public void AppendFarEnds(NodeEntity node, Direction direction, IReadOnlyList<string>? types, List<(long RelationshipId, NodeEntity Other)> into)
    {
        Expansions++; // a walk of the node's relationships, as Relationships is
        FarEndWalks++;
        inner.AppendFarEnds(node, direction, types, into);
    }
    public int Degree(NodeEntity node, Direction direction, string? type = null) { DegreeLookups++; return inner.Degree(node, direction, type); }
    public long CountNodesWithLabel(string label) => inner.CountNodesWithLabel(label);
    public long CountRelationshipsWithType(string type) => inner.CountRelationshipsWithType(type);
    public long CountSelfLoops(string? type) => inner.CountSelfLoops(type);
    public long NodeCount => inner.NodeCount;
    public long RelationshipCount => inner.RelationshipCount;
    public object? SnapshotIdentity => inner.SnapshotIdentity;
    public IReadOnlyList<IndexDescriptor> Indexes => inner.Indexes;
    public IReadOnlyList<ConstraintDescriptor> Constraints => inner.Constraints;

    /// <summary>Fills a fresh in-memory store with setup, then runs query over a counting view of it.</summary>
    public static (QueryResult Result, CountingReader Reader) Run(string setup, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var store = GraphStore.CreateInMemory();
        using (var write = store.BeginWrite())
        {
            RunOn(write, setup, null);
            write.Commit();
        }
        using var read = store.BeginRead();
        var counting = new CountingReader(read);
        return (RunOn(counting, query, parameters), counting);
    }

    /// <summary>As Run, but the query reads inside the write transaction that ran changes after setup, before it commits.</summary>
    public static (QueryResult Result, CountingReader Reader) RunUncommitted(string setup, string changes, string query)
    {
        using var store = GraphStore.CreateInMemory();
        using (var write = store.BeginWrite())
        {
            RunOn(write, setup, null);
            write.Commit();
        }
        using var open = store.BeginWrite();
        RunOn(open, changes, null);
        var counting = new CountingReader(open);
        return (RunOn(counting, query, null), counting);
    }

    public static QueryResult RunOn(IGraphReader reader, string query, IReadOnlyDictionary<string, object?>? parameters)
    {
        var options = QueryOptions.Default;
        using var budget = new QueryBudget(options, CancellationToken.None);
        var prepared = PreparedStatement.Prepare(query, options, CancellationToken.None);
        return StatementRunner.Run(prepared, reader, parameters, options, new ProcedureCatalog(), budget);
    }
}
