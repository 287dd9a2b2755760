using System.Collections.Concurrent;
using RelationsGraph.Cypher.Storage.Paths;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The graph in memory with its indexes. These are the raw primitives: no validation, no undo, no logging.
/// Transactions validate and record around them; recovery replays through them directly.
/// <para>
/// Multi-version concurrency: one writer changes these structures while readers walk them without locks.
/// The writer never removes what a reader may still need: a deleted entity stays in its table and
/// adjacency, marked with the commit that deleted it, and a changed node or relationship gets a new
/// version in front of the old (copy-on-write). Commit stamps the transaction's changes with its sequence
/// (<see cref="CommitVersions"/>); <see cref="Prune"/> drops what was superseded at or before the oldest
/// snapshot still read (a low-water mark), so no reader loses what it can see.
/// </para>
/// </summary>
internal sealed class GraphData
{
    private readonly EntityTable<NodeEntity> nodes = new();
    // The node table's rows in columns, if it started from some: told of every change to a node they hold (MarkChanged).
    private NodeColumns? nodeColumns;
    private readonly EntityTable<RelationshipEntity> relationships = new();
    private readonly ConcurrentDictionary<string, SharedBucket> labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> sharedLabelSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> propertyShapes = new(StringComparer.Ordinal);
    private string[]? lastShape;
    // Relationships per type in the newest state (the writer's), and as commits left them (the readers').
    private readonly Dictionary<string, long> typeCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CountAt> committedTypeCounts = new(StringComparer.Ordinal);
    // Self-loops per type, kept beside the type counts: when a type has none, a node's undirected degree is
    // outgoing + incoming with nothing to subtract, so no relationship list is walked to find loops.
    private readonly Dictionary<string, long> selfLoopCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CountAt> committedSelfLoopCounts = new(StringComparer.Ordinal);
    // Replaced, never changed in place, so a reader may walk the array it read.
    private (IndexDescriptor Descriptor, PropertyIndex Index)[] indexes = [];
    private (ConstraintDescriptor Descriptor, PropertyIndex Index)[] constraints = [];
    private PropertyIndex[] uniqueIndexes = [];
    // The two arrays above as commits left them, for readers (see SchemaSet); schemaChanged: by the open transaction.
    private readonly CommittedHistory<SchemaSet> committedSchema = new(SchemaSet.Empty);
    private bool schemaChanged;
    private long liveNodes;
    private long liveRelationships;

    // What the open transaction changed, to stamp at commit or put back at rollback.
    private const int RetainedTouched = 1 << 17; // see EndTransaction
    private readonly List<NodeEntity> touchedNodes = [];
    private readonly List<RelationshipEntity> touchedRelationships = [];
    // A list, not a set: TouchAdjacency adds an adjacency only while its ChangedSeq is not yet Uncommitted, so once per
    // transaction (hashing each by identity was a share of a bulk load's time).
    private readonly List<Adjacency> touchedAdjacency = [];
    private readonly HashSet<SharedBucket> touchedBuckets = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> touchedTypes = new(StringComparer.Ordinal);
    private readonly List<PropertyIndex> touchedIndexes = [];
    // What readers may still need but the newest state has dropped, for Prune.
    private readonly List<NodeEntity> deadNodes = [];
    private readonly List<RelationshipEntity> deadRelationships = [];
    // Label buckets that may hold nodes that left the label, with the commit of the latest departure.
    private readonly Dictionary<SharedBucket, (string Label, long Seq)> staleBuckets = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> versioned = [];

    /// <summary>The oldest snapshot read when the writer last pruned: histories kept for readers reach back to it, no further.</summary>
    public long Watermark { get; private set; }

    /// <summary>Stamp for changes: Versions.Uncommitted inside a write transaction, 0 while opening (no readers yet).</summary>
    private long writeSeq;

    /// <summary>Full-text indexes, kept apart from the range indexes: they are refreshed in batches (see FullTextIndexes).</summary>
    public FullText.FullTextIndexes FullText { get; } = new();

    public long NextNodeId { get; private set; }
    public long NextRelationshipId { get; private set; }
    /// <summary>The number of the last committed transaction, so replay can skip what a snapshot already holds.</summary>
    public long LastTransactionId { get; set; }

    /// <summary>Counts, scans and lookups below answer for the newest state (the writer's view).</summary>
    public long NodeCount => liveNodes;
    public long RelationshipCount => liveRelationships;
    public IEnumerable<NodeEntity> Nodes => nodes.Enumerate().Where(n => !n.HeadDeleted);
    public IEnumerable<RelationshipEntity> Relationships => relationships.Enumerate().Where(r => !r.HeadDeleted);
    public NodeEntity? GetNode(long id) => nodes.Get(id) is { HeadDeleted: false } node ? node : null;
    public RelationshipEntity? GetRelationship(long id) => relationships.Get(id) is { HeadDeleted: false } relationship ? relationship : null;
    public IEnumerable<NodeEntity>? NodesWithLabel(string label) =>
        labelIndex.TryGetValue(label, out var bucket) ? bucket.Snapshot().Where(n => !n.HeadDeleted && n.LabelSet.Contains(label)) : null;
    public long CountNodesWithLabel(string label) => labelIndex.TryGetValue(label, out var bucket) ? bucket.Live : 0;
    public long CountRelationshipsWithType(string type) => typeCounts.GetValueOrDefault(type);
    /// <summary>Relationships of the type (any type when null) that start and end at one node, in the newest state.</summary>
    public long CountSelfLoops(string? type) => type is null ? selfLoopCounts.Values.Sum() : selfLoopCounts.GetValueOrDefault(type);

    /// <summary>Everything a reader filters by its snapshot: entities present, whether or not they are visible to it.</summary>
    public IEnumerable<NodeEntity> NodesPresent => nodes.Enumerate();
    public IEnumerable<RelationshipEntity> RelationshipsPresent => relationships.Enumerate();
    public NodeEntity? NodePresent(long id) => nodes.Get(id);

    /// <summary>
    /// The nodes present with the label (every node when null) by id, each with its object, or null where the snapshot's
    /// row still describes the node (NodeColumns.Describes: never changed since the store opened, made or not): such a
    /// node is alive for every view, holds its loaded labels and its degrees are its adjacency rows. A whole-graph scan
    /// that makes no node and reads no object of an unchanged one (degree scans); the objects are for the caller to filter by its view.
    /// </summary>
    public IEnumerable<(long Id, NodeEntity? Made)> NodeIdsPresent(string? label)
    {
        if (label is null)
        {
            foreach (var (id, made) in nodes.EnumerateWithoutMaking()) yield return (id, made is null || nodeColumns is { } columns && columns.Describes(id) ? null : made);
            yield break;
        }
        if (!labelIndex.TryGetValue(label, out var bucket)) yield break;
        foreach (var id in bucket.ColdIds)
        {
            if (nodeColumns!.Describes(id)) yield return (id, null);
            else if (nodes.Peek(id) is { } made) yield return (id, made); // changed since opening, so made
        }
        foreach (var made in bucket.MadeItems()) yield return (made.Id, made);
    }

    /// <summary>The snapshot's adjacency rows of the nodes still in columns (see NodeIdsPresent), or null when the store opened none.</summary>
    public SnapshotAdjacency? ColumnAdjacency => nodeColumns?.Adjacency;

    /// <summary>Whether the node has the property, from its row when the row still describes it (else null: ask its object).</summary>
    public bool? RowHasProperty(long id, string key) =>
        nodeColumns is { } columns && columns.Describes(id) ? columns.HasProperty((int)id, key) : null;

    /// <summary>The object made for the node id, without making one from the columns.</summary>
    public NodeEntity? NodeIfMade(long id) => nodes.Peek(id);
    public RelationshipEntity? RelationshipPresent(long id) => relationships.Get(id);
    public IEnumerable<NodeEntity> NodesPresentWithLabel(string label) => labelIndex.TryGetValue(label, out var bucket) ? bucket.Snapshot() : [];
    /// <summary>The label's count as commits left it (a bucket no commit has changed yet had no committed members).</summary>
    public CountAt? CommittedLabelCount(string label) => labelIndex.TryGetValue(label, out var bucket) ? bucket.Committed ?? new CountAt(0, 0) : new CountAt(0, 0);
    public CountAt CommittedTypeCount(string type) => committedTypeCounts.GetValueOrDefault(type) ?? new CountAt(0, 0);
    /// <summary>The type's self-loops as commits left them (see CountSelfLoops).</summary>
    public CountAt CommittedSelfLoopCount(string type) => committedSelfLoopCounts.GetValueOrDefault(type) ?? new CountAt(0, 0);
    /// <summary>The types any commit has counted self-loops of (the others never had one).</summary>
    public ICollection<string> TypesWithSelfLoopHistory => committedSelfLoopCounts.Keys;

    /// <summary>A node's relationships in one direction visible at seq (Versions.Uncommitted: the newest state); adjacency keeps ids, this resolves them.</summary>
    public IEnumerable<RelationshipEntity> Expand(Adjacency adjacency, IReadOnlyList<string>? types, long seq) => adjacency.Enumerate(types, relationships, seq);
    public List<RelationshipEntity>? Between(Adjacency adjacency, string type, NodeEntity origin, NodeEntity other, long seq) =>
        adjacency.Between(type, origin, other, relationships, seq);
    /// <summary>A node's relationships visible at seq as (id, far node) pairs, appended to into, with no relationship object made (see FarEndWalk).</summary>
    public void AppendFarEnds(NodeEntity node, Direction direction, IReadOnlyList<string>? types, long seq, List<(long RelationshipId, NodeEntity Other)> into) =>
        new FarEndWalk(nodes, relationships, seq, into).Append(node, direction, types);
    /// <summary>As Expand, for a loaded node whose adjacency was never made: its snapshot rows, read in place.</summary>
    public IEnumerable<RelationshipEntity> Expand(AdjacencyRows rows, long nodeId, IReadOnlyList<string>? types, long seq) => rows.Enumerate(nodeId, types, relationships, seq);
    /// <summary>The graph by ids as a view at seq sees it, for a shortest-path search (see StorePathGraph).</summary>
    public StorePathGraph PathGraph(long seq) => new(nodes, relationships, nodeColumns?.Adjacency, NextNodeId, seq);

    public IEnumerable<IndexDescriptor> IndexDescriptors => indexes.Select(i => i.Descriptor).Concat(FullText.Descriptors);
    public IEnumerable<ConstraintDescriptor> ConstraintDescriptors => constraints.Select(c => c.Descriptor);
    /// <summary>The constraints' indexes, as an array kept beside them: asked once per created node, so enumerating allocates nothing.</summary>
    public PropertyIndex[] UniqueIndexes => uniqueIndexes;
    /// <summary>The range indexes and constraints as of snapshot seq (a reader's schema).</summary>
    public SchemaSet SchemaAt(long seq) => committedSchema.At(seq);

    /// <summary>An index or constraint that answers an equality seek on (label, key), if any.</summary>
    public PropertyIndex? SeekIndex(string label, string key)
    {
        // Asked once per sought row (a bulk MERGE asks twice per row), so it compares in place and allocates nothing.
        foreach (var (_, index) in Volatile.Read(ref constraints)) if (index.CoversSingle(label, key)) return index;
        foreach (var (_, index) in Volatile.Read(ref indexes)) if (index.CoversSingle(label, key)) return index;
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

    /// <summary>
    /// Opening a snapshot that holds the relationships as columns: they become the relationship table's cold
    /// rows (ids below types.Length; <see cref="RelationshipColumns.NoRow"/> where there is none), counted per
    /// type without making one object. Only on an empty table, before any log replay; adjacency comes apart.
    /// </summary>
    public void LoadRelationshipColumns(string[] typeNames, int[] types, int[] starts, int[] ends, NodePropertyBytes? properties = null)
    {
        var columns = new RelationshipColumns(typeNames.Select(Intern).ToArray(), types, starts, ends, NodePresent, properties);
        relationships.StartFrom(columns);
        NextRelationshipId = Math.Max(NextRelationshipId, types.Length);
        foreach (var (type, count) in columns.CountByType())
        {
            typeCounts[type] = typeCounts.GetValueOrDefault(type) + count;
            liveRelationships += count;
        }
        foreach (var (type, count) in columns.SelfLoopsByType()) selfLoopCounts[type] = selfLoopCounts.GetValueOrDefault(type) + count;
        if (FullText.IndexesRelationships)
            for (var id = 0; id < types.Length; id++)
                if (types[id] != RelationshipColumns.NoRow) FullText.MarkRelationship(id);
    }

    /// <summary>Opening format 3: gives a relationship loaded from columns the properties the snapshot holds for it (making its object).</summary>
    public void LoadRelationshipProperties(long id, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var relationship = relationships.Get(id) ?? throw new InvalidDataException($"Properties for relationship {id}, which the snapshot does not hold.");
        Dictionary<string, object?>? map = null;
        // Most relationships of a bulk load have none: enumerating the empty map through its interface is an object per relationship.
        if (properties is not IReadOnlyCollection<KeyValuePair<string, object?>> { Count: 0 })
            foreach (var (key, value) in properties)
                if (value is not null) (map ??= new(StringComparer.Ordinal))[key] = value;
        if (map is not null) relationship.Head = new RelationshipVersion(map, 0, null);
    }

    /// <summary>
    /// The relationships of the newest state in id order, as rows: those still in columns are read from
    /// them without making objects (a checkpoint must not undo the compact form). Made is the object when one exists.
    /// </summary>
    public IEnumerable<RelationshipRow> RelationshipRows()
    {
        var columns = relationships.Cold as RelationshipColumns;
        foreach (var (id, made) in relationships.EnumerateWithoutMaking())
        {
            if (made is null) yield return new RelationshipRow(id, columns!.TypeOf(id), columns.StartOf(id), columns.EndOf(id), null);
            else if (!made.HeadDeleted) yield return new RelationshipRow(id, made.Type, made.Start.Id, made.End.Id, made);
        }
    }

    /// <summary>A relationship row's properties in the newest state (a row still in columns decodes its record, making no object).</summary>
    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipRow row) =>
        row.Made?.HeadProperties ?? ((RelationshipColumns)relationships.Cold!).PropertiesOf(row.Id);

    /// <summary>
    /// The nodes of the newest state in id order, as rows: those still in columns are read from them without
    /// making objects (labels shared, properties decoded from the snapshot's bytes), as RelationshipRows does.
    /// </summary>
    public IEnumerable<NodeRow> LiveNodeRows()
    {
        var columns = nodes.Cold as NodeColumns;
        foreach (var (id, made) in nodes.EnumerateWithoutMaking())
        {
            if (made is null) yield return new NodeRow(id, columns!.LabelsOf(id)!, columns.PropertiesOf(id), null);
            else if (!made.HeadDeleted) yield return new NodeRow(id, made.LabelSet, made.HeadProperties, made);
        }
    }

    /// <summary>The range indexes and unique constraints, constraints first (the order a snapshot stores their entries in).</summary>
    public IEnumerable<PropertyIndex> PropertyIndexes => AllIndexes();

    /// <summary>
    /// The live nodes with label in id order and their value of key (null: none), without making objects:
    /// a row still in columns decodes that one value (what a checkpoint writes an index's entries from).
    /// </summary>
    public IEnumerable<(int Id, object? Value)> LiveNodeValues(string label, string key)
    {
        var columns = nodes.Cold as NodeColumns;
        foreach (var (id, made) in nodes.EnumerateWithoutMaking())
        {
            if (made is null)
            {
                if (columns!.LabelsOf(id)!.Contains(label)) yield return (id, columns.PropertyOf(id, key));
            }
            else if (!made.HeadDeleted && made.LabelSet.Contains(label)) yield return (id, made.HeadProperties.GetValueOrDefault(key));
        }
    }

    /// <summary>
    /// A node's groups in one direction with only the ids of relationships live in the newest state, without
    /// making objects: neither relationships nor, for a node loaded from a snapshot and not used since, its adjacency.
    /// </summary>
    public IEnumerable<(string Type, List<int> Ids)> LiveGroups(NodeEntity node, bool outgoing) => LiveGroups(node.Id, node, outgoing);

    /// <summary>LiveGroups of a node row (Made: its object, or null for a row still in columns).</summary>
    public IEnumerable<(string Type, List<int> Ids)> LiveGroups(NodeRow row, bool outgoing) => LiveGroups(row.Id, row.Made, outgoing);

    private IEnumerable<(string Type, List<int> Ids)> LiveGroups(long nodeId, NodeEntity? node, bool outgoing)
    {
        var made = node is null ? null : outgoing ? node.OutgoingIfMade : node.IncomingIfMade;
        var loaded = node is null ? (nodes.Cold as NodeColumns)!.Adjacency : node.LoadedAdjacency;
        var groups = made is not null ? made.Groups()
            : loaded is not null ? (outgoing ? loaded.Outgoing : loaded.Incoming).Groups(nodeId)
            : [];
        foreach (var (type, ids) in groups)
        {
            var live = new List<int>(ids.Count);
            foreach (var id in ids)
                if (id >= 0 && IsRelationshipLiveWithoutMaking(id)) live.Add(id);
            if (live.Count > 0) yield return (type, live);
        }
    }

    /// <summary>Nodes whose adjacency exists as objects; the others (loaded from a snapshot, not walked since) have only its rows.</summary>
    public int NodesWithAdjacencyMade => nodes.EnumerateWithoutMaking().Count(row => row.Entity is { } node && (node.OutgoingIfMade is not null || node.IncomingIfMade is not null));

    /// <summary>Nodes that exist as objects; the others are rows in columns (see NodeColumns).</summary>
    public int NodeObjects => nodes.ObjectCount();

    /// <summary>Relationships that exist as objects; the others are rows in columns (see RelationshipColumns).</summary>
    public int RelationshipObjects => relationships.ObjectCount();

    /// <summary>Whether the relationship lives in the newest state, answered without making its object.</summary>
    public bool IsRelationshipLiveWithoutMaking(int id) => relationships.Peek(id) is { } made
        ? !made.HeadDeleted
        : relationships.Cold is { } cold && id < cold.Length && cold.Has(id);

    public NodeEntity NewNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = new NodeEntity(id, writeSeq);
        foreach (var label in labels) node.LabelSet.Add(label);
        foreach (var (key, value) in properties)
            if (value is not null) node.PropertyMap[key] = value;
        NextNodeId = Math.Max(NextNodeId, id + 1);
        if (InTransaction) touchedNodes.Add(node);
        AttachNode(node);
        return node;
    }

    /// <summary>
    /// A node a write transaction creates, in the compact form a snapshot loads (see LoadNode): its label set shared
    /// with every node of the same labels, its properties a record (PropertyRecord) sharing its keys. A bulk load
    /// creates millions, and a set and a dictionary of their own were most of what each cost; the first change
    /// copies them (Touch, NodeEntity.PropertyMap). labels: distinct; properties: normalized, without nulls or repeats.
    /// </summary>
    public NodeEntity NewCompactNode(long id, List<string> labels, PropertyRecord? properties)
    {
        var version = new NodeVersion(SharedLabelSet(labels), properties, writeSeq, null) { SharedLabels = true };
        var node = new NodeEntity(id, version, loaded: null);
        NextNodeId = Math.Max(NextNodeId, id + 1);
        if (InTransaction) touchedNodes.Add(node);
        AttachNode(node);
        return node;
    }

    /// <summary>properties (non-null values, distinct keys) as a compact record, or null when there are none (see Record).</summary>
    public PropertyRecord? CompactProperties(List<KeyValuePair<string, object?>> properties) => properties.Count == 0 ? null : Record(properties);

    /// <summary>
    /// Opening a snapshot: a committed node whose label set is shared with every node loaded with the same
    /// labels (a graph has a few label combinations and many nodes; the first change copies it, see Touch),
    /// and whose properties are a compact record sharing its keys with the records of the same shape.
    /// adjacency: the snapshot's rows its adjacency is made from on first use, or null to give it an empty one now.
    /// </summary>
    public NodeEntity LoadNode(long id, List<string> labels, List<KeyValuePair<string, object?>> properties, SnapshotAdjacency? adjacency)
    {
        var version = new NodeVersion(SharedLabelSet(labels), properties.Count == 0 ? null : Record(properties), 0, null) { SharedLabels = true };
        var node = new NodeEntity(id, version, adjacency);
        NextNodeId = Math.Max(NextNodeId, id + 1);
        AttachNode(node, index: false);
        return node;
    }

    // The node rows of the snapshot being opened, until LoadNodeColumns hands them to the node table.
    private List<HashSet<string>>? loadingLabelSets;
    private Dictionary<HashSet<string>, int>? loadingSetNumbers;
    private int[]? loadingLabelSetOf;

    /// <summary>Opening a snapshot as node columns: rows for ids below length follow through LoadNodeRow, then LoadNodeColumns.</summary>
    public void BeginNodeColumns(long length)
    {
        loadingLabelSets = [];
        loadingSetNumbers = new(ReferenceEqualityComparer.Instance);
        loadingLabelSetOf = new int[length];
        loadingLabelSetOf.AsSpan().Fill(NodeColumns.NoRow);
    }

    /// <summary>One committed node of the snapshot, kept as a row (label-set number; its properties stay bytes), no object.</summary>
    public void LoadNodeRow(long id, List<string> labels)
    {
        var set = SharedLabelSet(labels);
        if (!loadingSetNumbers!.TryGetValue(set, out var number))
        {
            loadingSetNumbers[set] = number = loadingLabelSets!.Count;
            loadingLabelSets.Add(set);
        }
        loadingLabelSetOf![id] = number;
        NextNodeId = Math.Max(NextNodeId, id + 1);
    }

    /// <summary>The rows loaded since BeginNodeColumns become the node table's cold rows (format 3: indexes built from the rows).</summary>
    public void LoadNodeColumns(NodePropertyBytes properties, SnapshotAdjacency adjacency)
    {
        var labelSets = loadingLabelSets!.ToArray();
        var labelSetOf = loadingLabelSetOf!;
        loadingLabelSets = null; loadingSetNumbers = null; loadingLabelSetOf = null;
        LoadNodeColumns(labelSets, labelSetOf, properties, adjacency, storedEntries: null);
    }

    /// <summary>
    /// Opening a snapshot as node columns: each id's label-set number (NodeColumns.NoRow: no node) becomes the
    /// node table's cold rows, and label buckets and indexes hold their ids (each node made only when a reader
    /// walks to it). storedEntries: per index (constraints, then range indexes) the entries the snapshot stored,
    /// or null where the index is filled from the rows. Only on an empty table.
    /// </summary>
    public void LoadNodeColumns(HashSet<string>[] labelSets, int[] labelSetOf, NodePropertyBytes properties, SnapshotAdjacency adjacency,
        IReadOnlyList<IntegerIndexEntries?>? storedEntries)
    {
        var columns = new NodeColumns(labelSets, labelSetOf, properties, adjacency);
        nodes.StartFrom(columns);
        nodeColumns = columns;
        NextNodeId = Math.Max(NextNodeId, labelSetOf.Length);
        var members = LabelMembers(labelSets, labelSetOf);
        foreach (var (label, ids) in members)
            labelIndex[label] = new SharedBucket(ids, nodes) { Live = ids.Length };
        if (FullText.IndexesNodes)
            for (var id = 0; id < labelSetOf.Length; id++)
                if (labelSetOf[id] != NodeColumns.NoRow) FullText.MarkNode(id);
        var at = 0;
        foreach (var index in AllIndexes())
        {
            if (storedEntries?[at++] is { } stored) index.LoadIntegerEntries(stored);
            else if (members.TryGetValue(index.Label, out var ids))
            {
                index.Reserve(ids.Length);
                index.LoadIds(KeysOf(index, ids, columns));
            }
        }

        static IEnumerable<(int, object)> KeysOf(PropertyIndex index, int[] ids, NodeColumns columns)
        {
            // Only the indexed keys are decoded (as PropertyIndex.KeyOf: one key alone, several as a tuple, none missing).
            var keys = index.Keys;
            foreach (var id in ids)
            {
                if (keys.Count == 1)
                {
                    if (columns.PropertyOf(id, keys[0]) is { } single) yield return (id, single);
                    continue;
                }
                var tuple = new object?[keys.Count];
                var complete = true;
                for (var k = 0; k < tuple.Length && complete; k++) complete = (tuple[k] = columns.PropertyOf(id, keys[k])) is not null;
                if (complete) yield return (id, tuple);
            }
        }
    }

    /// <summary>
    /// Each label's node ids in increasing order, from the label-set column: counted first, then filled into
    /// arrays of their final size (no list grows, no per-node lookup of a label by name).
    /// </summary>
    private Dictionary<string, int[]> LabelMembers(HashSet<string>[] labelSets, int[] labelSetOf)
    {
        var labelNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var labelsOfSet = labelSets.Select(set => set.Select(label => labelNumbers.TryAdd(label, labelNumbers.Count) ? labelNumbers.Count - 1 : labelNumbers[label]).ToArray()).ToArray();
        var nodesPerSet = new int[labelSets.Length];
        foreach (var set in labelSetOf)
        {
            if (set == NodeColumns.NoRow) continue;
            if ((uint)set >= (uint)labelSets.Length) throw new InvalidDataException($"A node names label set #{set}, beyond the {labelSets.Length} stored.");
            nodesPerSet[set]++;
        }
        var counts = new int[labelNumbers.Count];
        for (var set = 0; set < labelSets.Length; set++)
        {
            liveNodes += nodesPerSet[set];
            foreach (var label in labelsOfSet[set]) counts[label] += nodesPerSet[set];
        }
        var ids = counts.Select(count => new int[count]).ToArray();
        var filled = new int[counts.Length];
        for (var id = 0; id < labelSetOf.Length; id++)
        {
            var set = labelSetOf[id];
            if (set == NodeColumns.NoRow) continue;
            foreach (var label in labelsOfSet[set]) ids[label][filled[label]++] = id;
        }
        return labelNumbers.Where(entry => counts[entry.Value] > 0).ToDictionary(entry => entry.Key, entry => ids[entry.Value], StringComparer.Ordinal);
    }

    /// <summary>The node rows the table started from (opening a snapshot in format 3), if any.</summary>
    public NodeColumns? NodeRows => nodes.Cold as NodeColumns;

    /// <summary>
    /// Once a snapshot's nodes are loaded: fills every index from its label's nodes, each sized once for them
    /// (the bulk-load pattern of building indexes after the data rather than entry by entry).
    /// </summary>
    public void IndexLoadedNodes()
    {
        foreach (var index in AllIndexes())
        {
            if (!labelIndex.TryGetValue(index.Label, out var bucket)) continue;
            index.Reserve(bucket.Live);
            foreach (var node in bucket.Snapshot()) index.Add(node);
        }
    }

    /// <summary>Makes the node live in the newest state: a new node, or a deleted one brought back by rollback (index: false when IndexLoadedNodes will).</summary>
    public void AttachNode(NodeEntity node, bool index = true)
    {
        node.HeadDeleted = false;
        var fresh = nodes.Get(node.Id) is null; // not a rolled-back delete: in no bucket yet
        nodes.Put(node.Id, node);
        liveNodes++;
        foreach (var label in node.LabelSet) JoinLabel(label, node, fresh);
        if (index)
        {
            foreach (var (_, constraint) in constraints) constraint.Add(node);
            foreach (var (_, rangeIndex) in indexes) rangeIndex.Add(node);
        }
        FullText.MarkNode(node.Id);
    }

    public void DetachNode(NodeEntity node)
    {
        nodeColumns?.MarkChanged(node.Id);
        foreach (var index in AllIndexes()) index.Remove(node, writeSeq);
        FullText.MarkNode(node.Id);
        foreach (var label in node.LabelSet) LeaveLabel(label);
        node.HeadDeleted = true;
        liveNodes--;
        deadNodes.Add(node);
        if (InTransaction) touchedNodes.Add(node);
        else node.DeletedSeq = writeSeq;
    }

    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public RelationshipEntity NewRelationship(long id, string type, NodeEntity start, NodeEntity end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var relationship = new RelationshipEntity(id, TypeNumber(type), start, end, writeSeq);
        Dictionary<string, object?>? map = null;
        // Most relationships of a bulk load have none: enumerating the empty map through its interface is an object per relationship.
        if (properties is not IReadOnlyCollection<KeyValuePair<string, object?>> { Count: 0 })
            foreach (var (key, value) in properties)
                if (value is not null) (map ??= new(StringComparer.Ordinal))[key] = value;
        if (map is not null) relationship.Head = new RelationshipVersion(map, writeSeq, null);
        NextRelationshipId = Math.Max(NextRelationshipId, id + 1);
        if (InTransaction) touchedRelationships.Add(relationship);
        AttachRelationship(relationship);
        return relationship;
    }

    /// <summary>Makes the relationship live in the newest state: a new one, or a deleted one brought back by rollback.</summary>
    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void AttachRelationship(RelationshipEntity relationship)
    {
        MarkChanged(relationship);
        var revived = relationship.HeadDeleted;
        relationship.HeadDeleted = false;
        relationships.Put(relationship.Id, relationship);
        liveRelationships++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(typeCounts, relationship.Type, out _)++; // one hash, not two
        if (ReferenceEquals(relationship.Start, relationship.End)) selfLoopCounts[relationship.Type] = selfLoopCounts.GetValueOrDefault(relationship.Type) + 1;
        TouchType(relationship.Type);
        TouchAdjacency(relationship.Start.Outgoing);
        TouchAdjacency(relationship.End.Incoming);
        if (revived)
        {
            relationship.Start.Outgoing.Revive(relationship);
            relationship.End.Incoming.Revive(relationship);
            return;
        }
        relationship.Start.Outgoing.Add(relationship);
        relationship.End.Incoming.Add(relationship);
        FullText.MarkRelationship(relationship.Id);
    }

    public void DetachRelationship(RelationshipEntity relationship)
    {
        MarkChanged(relationship);
        TouchAdjacency(relationship.Start.Outgoing);
        TouchAdjacency(relationship.End.Incoming);
        relationship.Start.Outgoing.MarkDead(relationship);
        relationship.End.Incoming.MarkDead(relationship);
        if (typeCounts.TryGetValue(relationship.Type, out var left))
        {
            if (left <= 1) typeCounts.Remove(relationship.Type);
            else typeCounts[relationship.Type] = left - 1;
        }
        if (ReferenceEquals(relationship.Start, relationship.End) && selfLoopCounts.TryGetValue(relationship.Type, out var loops))
        {
            if (loops <= 1) selfLoopCounts.Remove(relationship.Type);
            else selfLoopCounts[relationship.Type] = loops - 1;
        }
        TouchType(relationship.Type);
        FullText.MarkRelationship(relationship.Id);
        relationship.HeadDeleted = true;
        liveRelationships--;
        deadRelationships.Add(relationship);
        if (InTransaction) touchedRelationships.Add(relationship);
        else relationship.DeletedSeq = writeSeq;
    }

    /// <summary>Sets (or with null removes) a node property, keeping indexes current. Returns the old value.</summary>
    public object? SetNodeProperty(NodeEntity node, string key, object? value)
    {
        var touched = node.HeadDeleted ? [] : AllIndexes().Where(i => i.Mentions(key) && node.LabelSet.Contains(i.Label)).ToList();
        foreach (var index in touched) index.Remove(node, writeSeq);
        Touch(node);
        var old = SetEntry(node.PropertyMap, key, value);
        foreach (var index in touched) index.Add(node);
        FullText.MarkNode(node.Id);
        return old;
    }

    public object? SetRelationshipProperty(RelationshipEntity relationship, string key, object? value)
    {
        FullText.MarkRelationship(relationship.Id);
        Touch(relationship);
        return SetEntry(relationship.Head!.Properties ??= new(StringComparer.Ordinal), key, value);
    }

    public bool AddLabel(NodeEntity node, string label)
    {
        if (node.LabelSet.Contains(label)) return false;
        Touch(node);
        node.LabelSet.Add(label);
        if (node.HeadDeleted) return true;
        JoinLabel(label, node);
        foreach (var index in AllIndexes()) if (index.Label == label) index.Add(node);
        FullText.MarkNode(node.Id);
        return true;
    }

    public bool RemoveLabel(NodeEntity node, string label)
    {
        if (!node.LabelSet.Contains(label)) return false;
        if (!node.HeadDeleted)
        {
            foreach (var index in AllIndexes()) if (index.Label == label) index.Remove(node, writeSeq);
            LeaveLabel(label);
            FullText.MarkNode(node.Id);
        }
        Touch(node);
        node.LabelSet.Remove(label);
        return true;
    }

    public void AddIndex(IndexDescriptor descriptor)
    {
        if (descriptor.FullText is not null)
        {
            FullText.Add(descriptor, this);
            return;
        }
        var index = Build(descriptor.Label, descriptor.Properties, unique: false);
        Volatile.Write(ref indexes, [.. indexes, (descriptor, index)]);
        schemaChanged = true;
    }

    public void AddConstraint(ConstraintDescriptor descriptor)
    {
        var index = Build(descriptor.Label, descriptor.Properties, unique: true);
        Volatile.Write(ref constraints, [.. constraints, (descriptor, index)]);
        uniqueIndexes = [.. constraints.Select(c => c.Index)];
        schemaChanged = true;
    }

    public IndexDescriptor? RemoveIndex(string name)
    {
        var at = Array.FindIndex(indexes, i => i.Descriptor.Name == name);
        if (at < 0) return FullText.Remove(name, this);
        var descriptor = indexes[at].Descriptor;
        Volatile.Write(ref indexes, [.. indexes[..at], .. indexes[(at + 1)..]]);
        schemaChanged = true;
        return descriptor;
    }

    public ConstraintDescriptor? RemoveConstraint(string name)
    {
        var at = Array.FindIndex(constraints, c => c.Descriptor.Name == name);
        if (at < 0) return null;
        var descriptor = constraints[at].Descriptor;
        Volatile.Write(ref constraints, [.. constraints[..at], .. constraints[(at + 1)..]]);
        uniqueIndexes = [.. constraints.Select(c => c.Index)];
        schemaChanged = true;
        return descriptor;
    }

    /// <summary>Once opening (snapshot and log replay) is done: drops what recovery deleted and records the counts readers start from.</summary>
    public void StampOpened()
    {
        Prune(LastTransactionId);
        foreach (var bucket in labelIndex.Values) bucket.Committed = new CountAt(bucket.Live, 0);
        foreach (var (type, count) in typeCounts) committedTypeCounts[type] = new CountAt(count, 0);
        foreach (var (type, count) in selfLoopCounts) committedSelfLoopCounts[type] = new CountAt(count, 0);
        committedSchema.Reset(new SchemaSet(indexes, constraints));
        schemaChanged = false;
        FullText.StampOpened();
    }

    /// <summary>From here until CommitVersions or DiscardVersions, changes are new versions that readers do not see.</summary>
    public void BeginTransaction()
    {
        writeSeq = Versions.Uncommitted;
        FullText.BeginTransaction();
    }

    /// <summary>Stamps the transaction's changes with seq (the readers' view moves on once the caller publishes the result).</summary>
    public CommitState CommitVersions(long seq)
    {
        foreach (var node in touchedNodes)
        {
            if (node.CreatedSeq == Versions.Uncommitted && !node.HeadDeleted) node.CreatedSeq = seq;
            if (node.HeadDeleted && node.DeletedSeq == Versions.Alive && node.CreatedSeq != Versions.Uncommitted) node.DeletedSeq = seq;
            var head = node.Head;
            if (head.Seq != Versions.Uncommitted) continue;
            head.Seq = seq;
            if (head.Older is not null) versioned.Add(node);
        }
        foreach (var relationship in touchedRelationships)
        {
            if (relationship.CreatedSeq == Versions.Uncommitted && !relationship.HeadDeleted) relationship.CreatedSeq = seq;
            if (relationship.HeadDeleted && relationship.DeletedSeq == Versions.Alive && relationship.CreatedSeq != Versions.Uncommitted) relationship.DeletedSeq = seq;
            if (relationship.Head is not { Seq: Versions.Uncommitted } head) continue;
            head.Seq = seq;
            if (head.Older is not null) versioned.Add(relationship);
        }
        foreach (var adjacency in touchedAdjacency) adjacency.ChangedSeq = seq;
        foreach (var bucket in touchedBuckets) bucket.Committed = CountAt.Next(bucket.Live, seq, bucket.Committed, Watermark);
        foreach (var type in touchedTypes)
        {
            committedTypeCounts[type] = CountAt.Next(typeCounts.GetValueOrDefault(type), seq, committedTypeCounts.GetValueOrDefault(type), Watermark);
            committedSelfLoopCounts[type] = CountAt.Next(selfLoopCounts.GetValueOrDefault(type), seq, committedSelfLoopCounts.GetValueOrDefault(type), Watermark);
        }
        foreach (var index in touchedIndexes) index.CreatedSeq = seq;
        if (schemaChanged) committedSchema.Publish(new SchemaSet(indexes, constraints), seq, Watermark);
        FullText.CommitVersions(seq, Watermark);
        StampStale(seq);
        EndTransaction();
        return new CommitState(seq, liveNodes, liveRelationships);
    }

    /// <summary>After rollback has undone every change: drops the transaction's versions (lastSeq: the last commit).</summary>
    public void DiscardVersions(long lastSeq)
    {
        foreach (var node in touchedNodes)
            if (node.Head is { Seq: Versions.Uncommitted, Older: { } older }) node.Head = older;
        foreach (var relationship in touchedRelationships)
            if (relationship.Head is { Seq: Versions.Uncommitted } head && relationship.CreatedSeq != Versions.Uncommitted) relationship.Head = head.Older;
        foreach (var adjacency in touchedAdjacency) adjacency.ChangedSeq = lastSeq;
        // Undoing a drop rebuilt the index (the dropped one stopped taking changes): readers from now on use the rebuilt one.
        foreach (var index in touchedIndexes) index.CreatedSeq = lastSeq;
        if (schemaChanged) committedSchema.Publish(new SchemaSet(indexes, constraints), lastSeq, Watermark);
        FullText.DiscardVersions(lastSeq, Watermark);
        StampStale(lastSeq);
        EndTransaction();
    }

    /// <summary>Entries kept only for readers at older snapshots (versions, deleted entities, stale label buckets and index keys, older schemas).</summary>
    public int RetainedForOlderReaders =>
        versioned.Count + deadNodes.Count + deadRelationships.Count + staleBuckets.Count + AllIndexes().Sum(i => i.StaleKeyCount)
        + committedSchema.Length - 1 + FullText.RetainedForOlderReaders;

    /// <summary>
    /// Drops what was superseded at or before watermark, the oldest snapshot still read: old versions,
    /// entities deleted (or rolled back) by then, label and index entries whose latest departure is that old.
    /// Only the writer calls it, with no transaction open.
    /// </summary>
    public void Prune(long watermark)
    {
        Watermark = watermark;
        committedSchema.Trim(watermark);
        FullText.Prune(watermark);
        if (deadRelationships.Count + deadNodes.Count + staleBuckets.Count + versioned.Count == 0 && !AllIndexes().Any(i => i.HasStaleKeys)) return;
        versioned.RemoveAll(entity => TrimVersions(entity, watermark));

        var compact = new HashSet<Adjacency>(ReferenceEqualityComparer.Instance);
        deadRelationships.RemoveAll(relationship =>
        {
            if (!relationship.HeadDeleted) return true;
            if (!Gone(relationship.CreatedSeq, relationship.DeletedSeq, watermark)) return false;
            relationships.Remove(relationship.Id);
            compact.Add(relationship.Start.Outgoing);
            compact.Add(relationship.End.Incoming);
            return true;
        });
        foreach (var adjacency in compact)
            adjacency.Compact(id => relationships.Get(id) is null, id => relationships.Get(id) is { HeadDeleted: true });
        deadNodes.RemoveAll(node =>
        {
            if (!node.HeadDeleted) return true;
            if (!Gone(node.CreatedSeq, node.DeletedSeq, watermark)) return false;
            nodes.Remove(node.Id);
            return true;
        });

        foreach (var (bucket, (label, seq)) in staleBuckets.ToList())
        {
            if (seq > watermark) continue;
            bucket.Compact(node => !node.HeadDeleted && node.LabelSet.Contains(label));
            staleBuckets.Remove(bucket);
            if (bucket.Length == 0 && bucket.Live == 0) labelIndex.TryRemove(label, out _);
        }
        foreach (var index in AllIndexes()) index.Prune(watermark);
    }

    /// <summary>Deleted at or before watermark, or created by a transaction that rolled back (never seen).</summary>
    private static bool Gone(long createdSeq, long deletedSeq, long watermark) =>
        createdSeq == Versions.Uncommitted || deletedSeq <= watermark;

    /// <summary>Cuts the versions no reader at or after watermark reads; true when only the head is left.</summary>
    private static bool TrimVersions(object entity, long watermark)
    {
        if (entity is NodeEntity node)
        {
            var version = node.Head;
            while (version.Seq > watermark && version.Older is { } older) version = older;
            version.Older = null;
            return ReferenceEquals(version, node.Head);
        }
        if (((RelationshipEntity)entity).Head is not { } head) return true;
        var kept = head;
        while (kept.Seq > watermark && kept.Older is { } older) kept = older;
        kept.Older = null;
        return ReferenceEquals(kept, head);
    }

    /// <summary>Gives the stale label buckets and index keys this transaction left their commit (or, rolled back, the last one).</summary>
    private void StampStale(long seq)
    {
        foreach (var (bucket, (label, at)) in staleBuckets.ToList())
            if (at == Versions.Uncommitted) staleBuckets[bucket] = (label, seq);
        foreach (var index in AllIndexes()) index.StampStale(seq);
    }

    private bool InTransaction => writeSeq == Versions.Uncommitted;

    private void EndTransaction()
    {
        touchedNodes.Clear();
        touchedRelationships.Clear();
        touchedAdjacency.Clear();
        touchedBuckets.Clear();
        touchedTypes.Clear();
        lastTouchedType = null;
        touchedIndexes.Clear();
        schemaChanged = false;
        // A bulk load touches millions: room past RetainedTouched entries is given back rather than kept for the next
        // small write. Up to it the room stays, as a load's next batch fills it again (regrowing these from empty
        // each batch was about a fifth of what a bulk MERGE allocated).
        if (touchedNodes.Capacity > RetainedTouched) touchedNodes.Capacity = RetainedTouched;
        if (touchedRelationships.Capacity > RetainedTouched) touchedRelationships.Capacity = RetainedTouched;
        if (touchedAdjacency.Capacity > RetainedTouched) touchedAdjacency.Capacity = RetainedTouched;
        writeSeq = 0;
    }

    /// <summary>Copy-on-write: the first change of a node in a transaction puts a new version in front of the committed one.</summary>
    private void Touch(NodeEntity node)
    {
        nodeColumns?.MarkChanged(node.Id);
        if (!InTransaction)
        {
            // Opening: no reader yet, so changes go in place; a label set shared since loading is copied first.
            if (node.Head.SharedLabels) node.Head.OwnLabels();
            return;
        }
        var head = node.Head;
        if (head.Seq == Versions.Uncommitted)
        {
            // Created by this transaction with a shared label set (NewCompactNode): its own copy before a change.
            if (head.SharedLabels) head.OwnLabels();
            return;
        }
        node.Head = new NodeVersion(new HashSet<string>(head.Labels, StringComparer.Ordinal),
            head.Properties is null ? null : new Dictionary<string, object?>(head.Properties, StringComparer.Ordinal), Versions.Uncommitted, head);
        touchedNodes.Add(node);
    }

    private void Touch(RelationshipEntity relationship)
    {
        var head = relationship.Head;
        if (head is { Seq: Versions.Uncommitted }) return;
        if (!InTransaction)
        {
            if (head is null) relationship.Head = new RelationshipVersion(null, writeSeq, null);
            return;
        }
        // A relationship without a version had no properties: an empty version keeps that for older readers.
        var older = head ?? new RelationshipVersion(null, relationship.CreatedSeq, null);
        relationship.Head = new RelationshipVersion(
            older.Properties is null ? null : new Dictionary<string, object?>(older.Properties, StringComparer.Ordinal), Versions.Uncommitted, older);
        touchedRelationships.Add(relationship);
    }

    // Both ends' rows stop describing them: their degrees change.
    private void MarkChanged(RelationshipEntity relationship)
    {
        if (nodeColumns is not { } columns) return;
        columns.MarkChanged(relationship.Start.Id);
        columns.MarkChanged(relationship.End.Id);
    }

    private void TouchAdjacency(Adjacency adjacency)
    {
        // Flag before the change, so a reader's sequence lock sees it (see Adjacency).
        if (!InTransaction || adjacency.ChangedSeq == Versions.Uncommitted) return;
        adjacency.ChangedSeq = Versions.Uncommitted;
        touchedAdjacency.Add(adjacency);
    }

    // Outside transactions (opening) counts are recorded once at the end, by StampOpened.
    private void TouchBucket(SharedBucket bucket)
    {
        if (InTransaction) touchedBuckets.Add(bucket);
    }

    // A bulk load touches one type per relationship, a million times: the set is skipped for the type it took last.
    private string? lastTouchedType;

    private void TouchType(string type)
    {
        if (!InTransaction || ReferenceEquals(type, lastTouchedType)) return;
        touchedTypes.Add(type);
        lastTouchedType = type;
    }

    private void JoinLabel(string label, NodeEntity node, bool fresh = false)
    {
        var bucket = labelIndex.GetOrAdd(label, _ => new SharedBucket());
        bucket.Add(node, fresh);
        bucket.Live++;
        TouchBucket(bucket);
    }

    private void LeaveLabel(string label)
    {
        if (!labelIndex.TryGetValue(label, out var bucket)) return;
        bucket.Live--;
        staleBuckets[bucket] = (label, writeSeq);
        TouchBucket(bucket);
    }

    private PropertyIndex Build(string label, IReadOnlyList<string> keys, bool unique)
    {
        var index = new PropertyIndex(label, keys, unique, nodes) { CreatedSeq = writeSeq };
        if (InTransaction) touchedIndexes.Add(index);
        foreach (var node in NodesWithLabel(label) ?? []) index.Add(node);
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

    /// <summary>The one set for these labels among nodes loaded from a snapshot (never changed in place: see NodeVersion.SharedLabels).</summary>
    public HashSet<string> SharedLabelSet(List<string> labels)
    {
        var key = labels.Count == 1 ? labels[0] : "\0" + string.Join('\0', labels.Order(StringComparer.Ordinal));
        if (!sharedLabelSets.TryGetValue(key, out var set)) sharedLabelSets[key] = set = new HashSet<string>(labels, StringComparer.Ordinal);
        return set;
    }

    /// <summary>A compact record of the properties (nulls dropped), its key array shared with every record of the same keys in the same order.</summary>
    private PropertyRecord Record(List<KeyValuePair<string, object?>> properties)
    {
        var count = 0;
        foreach (var (_, value) in properties) if (value is not null) count++;
        var values = new object?[count];
        var at = 0;
        foreach (var (_, value) in properties) if (value is not null) values[at++] = value;
        // Consecutive nodes mostly have one shape: compare with the last before building a lookup key.
        var keys = lastShape;
        if (keys is null || !SameKeys(keys, properties, count))
        {
            var lookup = string.Join('\0', properties.Where(p => p.Value is not null).Select(p => p.Key));
            if (!propertyShapes.TryGetValue(lookup, out keys))
                propertyShapes[lookup] = keys = properties.Where(p => p.Value is not null).Select(p => p.Key).ToArray();
            lastShape = keys;
        }
        return new PropertyRecord(keys, values);

        static bool SameKeys(string[] keys, List<KeyValuePair<string, object?>> properties, int count)
        {
            if (keys.Length != count) return false;
            var at = 0;
            foreach (var (key, value) in properties)
                if (value is not null && !string.Equals(keys[at++], key, StringComparison.Ordinal)) return false;
            return true;
        }
    }

    /// <summary>One string instance per relationship type (the process's, see RelationshipTypeNumbers), so a million relationships share a handful of strings.</summary>
    private string Intern(string type) => RelationshipTypeNumbers.NameOf(TypeNumber(type));

    /// <summary>The number a relationship of type holds (RelationshipTypeNumbers).</summary>
    private int TypeNumber(string type)
    {
        // A bulk load creates one type a million times from one string: no lock and no hash for the type numbered last.
        if (ReferenceEquals(type, lastNumbered)) return lastNumber;
        lastNumber = RelationshipTypeNumbers.NumberOf(type);
        lastNumbered = type;
        return lastNumber;
    }

    private string? lastNumbered;
    private int lastNumber;
}

/// <summary>One node as a checkpoint writes it (Made: its object, when one was made; null for a row still in columns).</summary>
internal readonly record struct NodeRow(int Id, IReadOnlyCollection<string> Labels, IReadOnlyDictionary<string, object?> Properties, NodeEntity? Made);

/// <summary>One relationship as a checkpoint writes it (Made: its object, when one was made; null for a row still in columns).</summary>
internal readonly record struct RelationshipRow(int Id, string Type, long Start, long End, RelationshipEntity? Made);
