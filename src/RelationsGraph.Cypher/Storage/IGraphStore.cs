namespace RelationsGraph.Cypher.Storage;

// CONTRACT between Storage/ and Execution/. Extend with care: both sides build on it.

/// <summary>A consistent view of the graph for one query or transaction.</summary>
public interface IGraphReader
{
    IEnumerable<NodeEntity> AllNodes();
    IEnumerable<NodeEntity> NodesWithLabel(string label);
    /// <summary>Nodes with the label whose property equals value, through an index or unique constraint; null when no index covers (label, key).</summary>
    IEnumerable<NodeEntity>? SeekByProperty(string label, string key, object value);
    /// <summary>
    /// SeekByProperty for a caller that seeks one value per row (a bulk load, twice per row; a lookup): a lone hit in
    /// the state this view reads (the writer's newest, a reader's snapshot) may come back as sole with an empty
    /// sequence, so no collection is made for it; otherwise sole is null and the answer is SeekByProperty's.
    /// </summary>
    IEnumerable<NodeEntity>? SeekOneByProperty(string label, string key, object value, out NodeEntity? sole)
    {
        sole = null;
        return SeekByProperty(label, key, value);
    }
    /// <summary>
    /// SeekOneByProperty of an integer value, given unboxed: the writer seeks the index's integer keys with it directly
    /// (a bulk load seeks two integer ids a row); other views answer as SeekOneByProperty of the boxed value.
    /// </summary>
    IEnumerable<NodeEntity>? SeekOneByInteger(string label, string key, long value, out NodeEntity? sole) =>
        SeekOneByProperty(label, key, value, out sole);
    bool HasIndex(string label, string key);
    // An entity outside Storage is a handle (its id): what it holds is read here, as this view sees it (a reader at
    // its snapshot, the writer in its newest state, its own changes included).
    /// <summary>The node's labels.</summary>
    IReadOnlyCollection<string> LabelsOf(NodeEntity node);
    /// <summary>The node's properties; never holds null values (setting a property to null removes it).</summary>
    IReadOnlyDictionary<string, object?> PropertiesOf(NodeEntity node);
    IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipEntity relationship);
    NodeEntity StartOf(RelationshipEntity relationship);
    NodeEntity EndOf(RelationshipEntity relationship);
    /// <summary>The relationship's node that is not node (node itself for a self-loop).</summary>
    NodeEntity OtherNode(RelationshipEntity relationship, NodeEntity node) =>
        StartOf(relationship).Id == node.Id ? EndOf(relationship) : StartOf(relationship);
    /// <summary>Whether the node is gone (or not yet made) in the state this view reads.</summary>
    bool IsDeleted(NodeEntity node);
    bool IsDeleted(RelationshipEntity relationship);
    NodeEntity? GetNode(long id);
    IEnumerable<RelationshipEntity> AllRelationships();
    RelationshipEntity? GetRelationship(long id);
    /// <summary>The node's relationships in that direction whose type is one of types (any type when types is null or empty). A self-loop appears once for Both.</summary>
    IEnumerable<RelationshipEntity> Relationships(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null);
    int Degree(NodeEntity node, Direction direction, string? type = null);
    /// <summary>
    /// Relationships, for an expand that never reads the relationship itself (an anonymous one, checked only by id for
    /// uniqueness): appends each one's id with its node that is not node (node itself for a self-loop) to into. The
    /// store walks its id arrays and makes no relationship object for it. The same relationships, in the same order.
    /// </summary>
    void AppendFarEnds(NodeEntity node, Direction direction, IReadOnlyList<string>? types, List<(long RelationshipId, NodeEntity Other)> into)
    {
        foreach (var relationship in Relationships(node, direction, types)) into.Add((relationship.Id, OtherNode(relationship, node)));
    }
    /// <summary>
    /// Relationships, for a caller that walks the whole result before it changes anything (MERGE's match
    /// of one relationship): the writer may then skip the copy it otherwise makes so that a query can
    /// write while it walks. Answers as Relationships does.
    /// </summary>
    IEnumerable<RelationshipEntity> RelationshipsWalkedBeforeWriting(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null) =>
        Relationships(node, direction, types);
    /// <summary>
    /// The relationships of type joining node to other, walked from node's side in that direction, or null when
    /// none does (MERGE's check for one relationship between bound nodes, once per row: the store answers with
    /// a plain loop over its arrays rather than an iterator).
    /// </summary>
    List<RelationshipEntity>? RelationshipsBetween(NodeEntity node, Direction direction, string type, NodeEntity other)
    {
        List<RelationshipEntity>? found = null;
        foreach (var relationship in RelationshipsWalkedBeforeWriting(node, direction, [type]))
            if (OtherNode(relationship, node).Id == other.Id) (found ??= []).Add(relationship);
        return found;
    }
    /// <summary>
    /// Every node with the label (every node when null) with its numbers of relationships of the types (any type when
    /// null or empty) going out and coming in, a self-loop in both: a whole-graph degree scan, which the store answers
    /// from its adjacency rows without making node objects where it can. Nodes come by id, not as handles: ask
    /// GetNode for the few the caller keeps.
    /// </summary>
    IEnumerable<NodeDegrees> ScanDegrees(string? label, IReadOnlyList<string>? types)
    {
        foreach (var node in label is null ? AllNodes() : NodesWithLabel(label))
        {
            int outgoing = 0, incoming = 0;
            foreach (var type in types is null || types.Count == 0 ? new string?[] { null } : types.Distinct(StringComparer.Ordinal).ToArray())
            {
                outgoing += Degree(node, Direction.Outgoing, type);
                incoming += Degree(node, Direction.Incoming, type);
            }
            yield return new NodeDegrees(node.Id, outgoing, incoming);
        }
    }
    /// <summary>Whether the node of that id, as this view sees it, has the property (a degree scan's check of a node it does not make).</summary>
    bool NodeHasProperty(long id, string key) => GetNode(id) is { } node && PropertiesOf(node).ContainsKey(key);
    /// <summary>How many nodes carry the label, from the label index (no scan).</summary>
    long CountNodesWithLabel(string label) => NodesWithLabel(label).LongCount();
    /// <summary>How many relationships have the type, from the store's counts (no scan).</summary>
    long CountRelationshipsWithType(string type) => AllRelationships().LongCount(r => r.Type == type);
    /// <summary>How many relationships of the type (any type when null) start and end at one node, from the store's counts (no scan).</summary>
    long CountSelfLoops(string? type) => AllRelationships().LongCount(r => StartOf(r).Id == EndOf(r).Id && (type is null || r.Type == type));
    long NodeCount { get; }
    long RelationshipCount { get; }
    /// <summary>
    /// The same object for every view of one committed state of one store, another after each commit; null for a view
    /// that may change under it (the writer). Lets Execution cache what it derives from a snapshot (PropertyColumns).
    /// </summary>
    object? SnapshotIdentity => null;
    /// <summary>
    /// The same object for every view whose indexes and constraints are the same ones, another after a schema change;
    /// null for a view whose schema may change under it (the writer). Lets Execution keep a plan made against it (PlanCache).
    /// </summary>
    object? SchemaIdentity => null;
    IReadOnlyList<IndexDescriptor> Indexes { get; }
    IReadOnlyList<ConstraintDescriptor> Constraints { get; }
    /// <summary>
    /// The entities (NodeEntity or RelationshipEntity) of a full-text index that match a Lucene query, best
    /// first, with their scores; an unknown index or a query the syntax rejects fails as Neo4j's procedure does.
    /// </summary>
    IReadOnlyList<(object Entity, double Score)> QueryFullText(string indexName, bool relationships, string query, int limit);
}

/// <summary>The writing side. Every change is undone by Rollback and made durable by Commit.</summary>
public interface IGraphWriter : IGraphReader
{
    NodeEntity CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties);
    RelationshipEntity CreateRelationship(NodeEntity start, NodeEntity end, string type, IEnumerable<KeyValuePair<string, object?>> properties);
    /// <summary>value null removes the property. Throws ConstraintValidationFailed on a unique-constraint clash.</summary>
    void SetProperty(NodeEntity node, string key, object? value);
    void SetProperty(RelationshipEntity relationship, string key, object? value);
    /// <summary>Returns false when the node already had the label.</summary>
    bool AddLabel(NodeEntity node, string label);
    /// <summary>Returns false when the node did not have the label.</summary>
    bool RemoveLabel(NodeEntity node, string label);
    /// <summary>Fails with a ConstraintValidationFailed CypherException when the node still has relationships.</summary>
    void DeleteNode(NodeEntity node);
    void DeleteRelationship(RelationshipEntity relationship);
    /// <summary>Returns false when an equivalent index already existed.</summary>
    bool CreateIndex(IndexDescriptor index);
    bool DropIndex(string name);
    /// <summary>Validates existing data; returns false when an equivalent constraint already existed.</summary>
    bool CreateConstraint(ConstraintDescriptor constraint);
    bool DropConstraint(string name);
}

public interface IReadTransaction : IGraphReader, IDisposable;

public interface IWriteTransaction : IGraphWriter, IDisposable
{
    /// <summary>Logs and fsyncs the changes; returns only once they are durable.</summary>
    void Commit();
    /// <summary>Undoes every change of this transaction. Dispose without Commit rolls back.</summary>
    void Rollback();
    /// <summary>A savepoint so that one failing statement inside an explicit transaction can be undone alone.</summary>
    int Savepoint();
    void RollbackTo(int savepoint);
}

/// <summary>A node's id with its numbers of relationships out and in (see IGraphReader.ScanDegrees).</summary>
public readonly record struct NodeDegrees(long Id, int Outgoing, int Incoming);

public sealed record IndexDescriptor(string Name, string Label, IReadOnlyList<string> Properties)
{
    /// <summary>Set for a full-text index (Label is then the first of its labels or types); null for a range index.</summary>
    public Storage.FullText.FullTextSchema? FullText { get; init; }

    /// <summary>The label field as the log and snapshot store it: a full-text index's schema rides in it.</summary>
    internal string StoredLabel => FullText?.Encode() ?? Label;

    internal static IndexDescriptor FromStored(string name, string storedLabel, IReadOnlyList<string> properties) =>
        Storage.FullText.FullTextSchema.TryDecode(storedLabel) is { } schema
            ? new IndexDescriptor(name, schema.LabelsOrTypes[0], properties) { FullText = schema }
            : new IndexDescriptor(name, storedLabel, properties);

    internal bool SameSchemaAs(IndexDescriptor other) =>
        (FullText, other.FullText) switch
        {
            (null, null) => SchemaNames.SameSchema(Label, Properties, other.Label, other.Properties),
            ({ } mine, { } theirs) => mine.SameAs(theirs) && Properties.SequenceEqual(other.Properties, StringComparer.Ordinal),
            _ => false,
        };
}

public sealed record ConstraintDescriptor(string Name, string Label, IReadOnlyList<string> Properties);

/// <summary>
/// The store: one writer at a time beside any number of readers. A reader sees the last commit before it
/// began for its whole life (snapshot reads) and never waits for the writer; the writer never waits for readers.
/// </summary>
public interface IGraphStore : IDisposable
{
    IReadTransaction BeginRead(CancellationToken cancellationToken = default);
    IWriteTransaction BeginWrite(CancellationToken cancellationToken = default);
    /// <summary>Writes a snapshot and truncates the log, so that opening does not replay all history.</summary>
    void Checkpoint();
}
