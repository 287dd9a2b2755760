using RelationsGraph.Cypher.Storage.Paths;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The reading side shared by read and write transactions. A reader reads at its snapshot (a commit) and
/// filters what it walks to what that commit held; the writer reads the newest state, its own changes
/// included, and copies enumerations first so that a query may change the graph while it walks it.
/// </summary>
internal abstract class GraphView : IGraphReader
{
    private readonly bool copyEnumerations;

    protected GraphView(GraphData graph, bool copyEnumerations, CommitState? snapshot)
    {
        Graph = graph;
        this.copyEnumerations = copyEnumerations;
        Snapshot = snapshot;
    }

    protected GraphData Graph { get; }

    /// <summary>The commit a reader reads at; null for the writer (the newest state).</summary>
    protected CommitState? Snapshot { get; }

    public long NodeCount { get { EnsureOpen(); return Snapshot?.NodeCount ?? Graph.NodeCount; } }
    public long RelationshipCount { get { EnsureOpen(); return Snapshot?.RelationshipCount ?? Graph.RelationshipCount; } }
    // A reader lists, plans with and seeks through the schema of its snapshot (see SchemaSet).
    public IReadOnlyList<IndexDescriptor> Indexes
    {
        get
        {
            EnsureOpen();
            if (Snapshot is not { Seq: var seq }) return Graph.IndexDescriptors.ToArray();
            return [.. Graph.SchemaAt(seq).Indexes.Select(i => i.Descriptor), .. Graph.FullText.DescriptorsAt(seq)];
        }
    }

    public IReadOnlyList<ConstraintDescriptor> Constraints
    {
        get
        {
            EnsureOpen();
            return Snapshot is { Seq: var seq } ? [.. Graph.SchemaAt(seq).Constraints.Select(c => c.Descriptor)] : Graph.ConstraintDescriptors.ToArray();
        }
    }

    /// <summary>A reader's schema set (one object per schema change, see SchemaSet); null for the writer.</summary>
    public object? SchemaIdentity => Snapshot is { Seq: var seq } ? Graph.SchemaAt(seq) : null;

    public IEnumerable<NodeEntity> AllNodes()
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq } ? Graph.NodesPresent.Where(n => n.VisibleAt(seq)) : Stable(Graph.Nodes);
    }

    public IEnumerable<NodeEntity> NodesWithLabel(string label)
    {
        EnsureOpen();
        if (Snapshot is { Seq: var seq })
            return Graph.NodesPresentWithLabel(label).Where(n => n.VisibleAt(seq) && n.VersionAt(seq).Labels.Contains(label));
        return Graph.NodesWithLabel(label) is { } nodes ? Stable(nodes) : [];
    }

    public IEnumerable<NodeEntity>? SeekByProperty(string label, string key, object value)
    {
        EnsureOpen();
        var normalized = PropertyValues.TryNormalize(value);
        if (SeekIndex(label, key) is not { } index) return null;
        if (normalized is null) return [];
        if (Snapshot is not { Seq: var seq }) return copyEnumerations ? index.SeekHeadCopy(normalized) : index.SeekHead(normalized);
        return SeekAtSnapshot(index, label, key, normalized, seq);
    }

    public IEnumerable<NodeEntity>? SeekOneByProperty(string label, string key, object value, out NodeEntity? sole)
    {
        sole = null;
        if (Snapshot is { Seq: var seq }) return SeekOneAtSnapshot(label, key, value, seq, out sole);
        if (!copyEnumerations) return SeekByProperty(label, key, value);
        EnsureOpen();
        var normalized = PropertyValues.TryNormalize(value);
        if (SeekIndex(label, key) is not { } index) return null;
        if (normalized is null) return [];
        return index.SeekHeadCopy(normalized, out sole);
    }

    public IEnumerable<NodeEntity>? SeekOneByInteger(string label, string key, long value, out NodeEntity? sole)
    {
        if (Snapshot is not null || !copyEnumerations) return SeekOneByProperty(label, key, value, out sole);
        sole = null;
        EnsureOpen();
        if (SeekIndex(label, key) is not { } index) return null;
        return index.SeekHeadCopy(value, out sole);
    }

    // A reader's lookup of a key with one candidate (a unique key): the candidate is checked against the snapshot as
    // SeekAtSnapshot checks each, with no list, filter or closure made for it.
    private IEnumerable<NodeEntity>? SeekOneAtSnapshot(string label, string key, object value, long seq, out NodeEntity? sole)
    {
        sole = null;
        EnsureOpen();
        var normalized = PropertyValues.TryNormalize(value);
        if (SeekIndex(label, key) is not { } index) return null;
        if (normalized is null) return [];
        if (index.CreatedSeq > seq || !index.TrySoleCandidate(normalized, out var candidate)) return SeekAtSnapshot(index, label, key, normalized, seq);
        if (candidate is not null && candidate.VisibleAt(seq) && Matches(candidate.VersionAt(seq), label, key, normalized)) sole = candidate;
        return [];
    }

    // Apart from SeekByProperty, whose every call would otherwise allocate these lambdas' closure (the writer's too).
    private IEnumerable<NodeEntity> SeekAtSnapshot(PropertyIndex index, string label, string key, object normalized, long seq)
    {
        // An index entry may be newer or older than the snapshot: keep the nodes that matched at it.
        if (index.CreatedSeq > seq) return NodesWithLabel(label).Where(n => Matches(n.VersionAt(seq), label, key, normalized));
        return index.Seek(normalized).Where(n => n.VisibleAt(seq) && Matches(n.VersionAt(seq), label, key, normalized));
    }

    public long CountNodesWithLabel(string label)
    {
        EnsureOpen();
        if (Snapshot is not { Seq: var seq }) return Graph.CountNodesWithLabel(label);
        return Graph.CommittedLabelCount(label)?.At(seq) ?? CountByScan(NodesWithLabel(label));
    }

    public long CountRelationshipsWithType(string type)
    {
        EnsureOpen();
        if (Snapshot is not { Seq: var seq }) return Graph.CountRelationshipsWithType(type);
        return Graph.CommittedTypeCount(type).At(seq) ?? CountByScan(AllRelationships().Where(r => r.Type == type));
    }

    public long CountSelfLoops(string? type)
    {
        EnsureOpen();
        if (Snapshot is not { Seq: var seq }) return Graph.CountSelfLoops(type);
        if (type is not null) return Graph.CommittedSelfLoopCount(type).At(seq) ?? CountByScan(LoopsOf(type));
        long total = 0;
        foreach (var each in Graph.TypesWithSelfLoopHistory)
        {
            if (Graph.CommittedSelfLoopCount(each).At(seq) is not { } count) return CountByScan(LoopsOf(null));
            total += count;
        }
        return total;
    }

    private IEnumerable<RelationshipEntity> LoopsOf(string? type) =>
        AllRelationships().Where(r => ReferenceEquals(r.Start, r.End) && (type is null || r.Type == type));

    /// <summary>Counts this view made by scanning because the count history did not reach its snapshot (should stay 0).</summary>
    internal int CountsByScan { get; private set; }

    public bool HasIndex(string label, string key) { EnsureOpen(); return SeekIndex(label, key) is not null; }

    // What an entity holds, as this view sees it: a reader takes the version of its snapshot, the writer the newest.
    public IReadOnlyCollection<string> LabelsOf(NodeEntity node)
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq } ? node.VersionAt(seq).Labels : node.Head.Labels;
    }

    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeEntity node)
    {
        EnsureOpen();
        return (Snapshot is { Seq: var seq } ? node.VersionAt(seq).Properties : node.Head.Properties) ?? EmptyProperties.Instance;
    }

    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipEntity relationship)
    {
        EnsureOpen();
        var version = Snapshot is { Seq: var seq } ? relationship.VersionAt(seq) : relationship.Head;
        return (IReadOnlyDictionary<string, object?>?)version?.Properties ?? EmptyProperties.Instance;
    }

    public NodeEntity StartOf(RelationshipEntity relationship) => relationship.Start;
    public NodeEntity EndOf(RelationshipEntity relationship) => relationship.End;
    public NodeEntity OtherNode(RelationshipEntity relationship, NodeEntity node) => relationship.Other(node);
    public bool IsDeleted(NodeEntity node) { EnsureOpen(); return !Sees(node); }
    public bool IsDeleted(RelationshipEntity relationship)
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq } ? !relationship.VisibleAt(seq) : relationship.HeadDeleted;
    }

    public NodeEntity? GetNode(long id)
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq } ? Graph.NodePresent(id) is { } node && node.VisibleAt(seq) ? node : null : Graph.GetNode(id);
    }

    public IReadOnlyList<(object Entity, double Score)> QueryFullText(string indexName, bool relationships, string query, int limit)
    {
        EnsureOpen();
        // The writer searches its own changes, so it brings the indexes up to them first; a reader does not
        // touch them, and keeps only the text versions its snapshot sees (see FullTextIndexes).
        if (Snapshot is null) Graph.FullText.Flush(Graph);
        var hits = Graph.FullText.Search(indexName, relationships, query, limit, Snapshot?.Seq);
        var found = new List<(object, double)>(hits.Count);
        foreach (var hit in hits)
        {
            object? entity = relationships ? GetRelationship(hit.Id) : GetNode(hit.Id);
            if (entity is not null) found.Add((entity, hit.Score));
        }
        return found;
    }

    public IEnumerable<RelationshipEntity> AllRelationships()
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq } ? Graph.RelationshipsPresent.Where(r => r.VisibleAt(seq)) : Stable(Graph.Relationships);
    }

    public RelationshipEntity? GetRelationship(long id)
    {
        EnsureOpen();
        return Snapshot is { Seq: var seq }
            ? Graph.RelationshipPresent(id) is { } relationship && relationship.VisibleAt(seq) ? relationship : null
            : Graph.GetRelationship(id);
    }

    public IEnumerable<RelationshipEntity> Relationships(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null) =>
        Stable(RelationshipsWalkedBeforeWriting(node, direction, types));

    public IEnumerable<RelationshipEntity> RelationshipsWalkedBeforeWriting(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null)
    {
        EnsureOpen();
        if (!Sees(node)) return [];
        return direction switch
        {
            Direction.Outgoing => Expand(node, outgoing: true, types),
            Direction.Incoming => Expand(node, outgoing: false, types),
            _ => Both(node, types),
        };
    }

    public void AppendFarEnds(NodeEntity node, Direction direction, IReadOnlyList<string>? types, List<(long RelationshipId, NodeEntity Other)> into)
    {
        EnsureOpen();
        // Filled before the caller walks it, so the writer's query may change the graph meanwhile (no copy needed).
        if (Sees(node)) Graph.AppendFarEnds(node, direction, types, Snapshot?.Seq ?? Versions.Uncommitted, into);
    }

    public List<RelationshipEntity>? RelationshipsBetween(NodeEntity node, Direction direction, string type, NodeEntity other)
    {
        EnsureOpen();
        if (!Sees(node)) return null;
        List<RelationshipEntity>? found = null;
        if (direction == Direction.Both)
        {
            foreach (var relationship in Both(node, [type]))
                if (relationship.Other(node).Id == other.Id) (found ??= []).Add(relationship);
            return found;
        }
        var adjacency = direction == Direction.Outgoing ? node.Outgoing : node.Incoming;
        return Graph.Between(adjacency, type, node, other, Snapshot?.Seq ?? Versions.Uncommitted);
    }

    public int Degree(NodeEntity node, Direction direction, string? type = null)
    {
        EnsureOpen();
        if (!Sees(node)) return 0;
        return direction switch
        {
            Direction.Outgoing => DirectedDegree(node, outgoing: true, type),
            Direction.Incoming => DirectedDegree(node, outgoing: false, type),
            _ => DirectedDegree(node, outgoing: true, type) + DirectedDegree(node, outgoing: false, type) - SelfLoops(node, type),
        };
    }

    public IEnumerable<NodeDegrees> ScanDegrees(string? label, IReadOnlyList<string>? types)
    {
        EnsureOpen();
        string?[] distinct = types is null || types.Count == 0 ? new string?[] { null } : types.Distinct(StringComparer.Ordinal).ToArray();
        return ScanDegrees(label, distinct, Graph.ColumnAdjacency);
    }

    // A row still in columns is read from the snapshot's rows; a made node is filtered by this view as NodesWithLabel does.
    private IEnumerable<NodeDegrees> ScanDegrees(string? label, string?[] types, SnapshotAdjacency? rows)
    {
        foreach (var (id, made) in Graph.NodeIdsPresent(label))
        {
            int outgoing = 0, incoming = 0;
            if (made is null)
            {
                foreach (var type in types)
                {
                    outgoing += rows!.Outgoing.CountOf(id, type);
                    incoming += rows.Incoming.CountOf(id, type);
                }
            }
            else
            {
                if (!Sees(made)) continue;
                if (label is not null && !(Snapshot is { Seq: var seq } ? made.VersionAt(seq).Labels : made.LabelSet).Contains(label)) continue;
                foreach (var type in types)
                {
                    outgoing += DirectedDegree(made, outgoing: true, type);
                    incoming += DirectedDegree(made, outgoing: false, type);
                }
            }
            yield return new NodeDegrees(id, outgoing, incoming);
        }
    }

    public bool NodeHasProperty(long id, string key)
    {
        EnsureOpen();
        if (Graph.RowHasProperty(id, key) is { } fromRow) return fromRow;
        if (Graph.NodeIfMade(id) is not { } made || !Sees(made)) return false;
        var properties = Snapshot is { Seq: var seq } ? made.VersionAt(seq).Properties : made.Head.Properties;
        return properties is not null && properties.ContainsKey(key);
    }

    private int DirectedDegree(NodeEntity node, bool outgoing, string? type)
    {
        // A node loaded from a snapshot whose adjacency was never made is unchanged since (every change makes it):
        // the snapshot's rows hold its degree for every reader, so a scan of degrees makes no adjacency objects.
        var made = outgoing ? node.OutgoingIfMade : node.IncomingIfMade;
        if (made is null && node.LoadedAdjacency is { } rows) return (outgoing ? rows.Outgoing : rows.Incoming).CountOf(node.Id, type);
        made ??= outgoing ? node.Outgoing : node.Incoming;
        return Snapshot is null ? made.LiveCountOf(type) : DegreeAtSnapshot(made, type);
    }

    /// <summary>This view's graph by ids, for a shortest-path search: walked in the adjacency arrays, filtered by this view's snapshot.</summary>
    internal IPathGraph PathGraph()
    {
        EnsureOpen();
        return Graph.PathGraph(Snapshot?.Seq ?? Versions.Uncommitted);
    }

    protected abstract void EnsureOpen();

    private PropertyIndex? SeekIndex(string label, string key) =>
        Snapshot is { Seq: var seq } ? Graph.SchemaAt(seq).SeekIndex(label, key) : Graph.SeekIndex(label, key);

    private long CountByScan<T>(IEnumerable<T> items)
    {
        CountsByScan++;
        return items.LongCount();
    }

    private bool Sees(NodeEntity node) => Snapshot is { Seq: var seq } ? node.VisibleAt(seq) : !node.HeadDeleted;

    private IEnumerable<RelationshipEntity> Expand(Adjacency adjacency, IReadOnlyList<string>? types) =>
        Graph.Expand(adjacency, types, Snapshot?.Seq ?? Versions.Uncommitted);

    // A loaded node whose adjacency was never made is unchanged since (see DirectedDegree): its rows are walked in place.
    private IEnumerable<RelationshipEntity> Expand(NodeEntity node, bool outgoing, IReadOnlyList<string>? types)
    {
        var made = outgoing ? node.OutgoingIfMade : node.IncomingIfMade;
        if (made is null && node.LoadedAdjacency is { } rows)
            return Graph.Expand(outgoing ? rows.Outgoing : rows.Incoming, node.Id, types, Snapshot?.Seq ?? Versions.Uncommitted);
        return Expand(made ?? (outgoing ? node.Outgoing : node.Incoming), types);
    }

    /// <summary>
    /// The stored count when nothing changed the adjacency since the snapshot (a sequence lock: the stamp
    /// read before and after the count must agree), else a count of what the snapshot sees.
    /// </summary>
    private int DegreeAtSnapshot(Adjacency adjacency, string? type)
    {
        var before = adjacency.ChangedSeq;
        if (before <= Snapshot!.Seq && adjacency.Dead == 0)
        {
            var stored = adjacency.CountOf(type);
            if (adjacency.ChangedSeq == before) return stored;
        }
        var counted = 0;
        foreach (var _ in Expand(adjacency, type is null ? null : [type])) counted++;
        return counted;
    }

    /// <summary>Outgoing then incoming; a self-loop is in both lists and is reported once, as outgoing.</summary>
    private IEnumerable<RelationshipEntity> Both(NodeEntity node, IReadOnlyList<string>? types)
    {
        foreach (var relationship in Expand(node, outgoing: true, types)) yield return relationship;
        foreach (var relationship in Expand(node, outgoing: false, types))
            if (!ReferenceEquals(relationship.Start, node)) yield return relationship;
    }

    private int SelfLoops(NodeEntity node, string? type)
    {
        // The store counts self-loops per type: without any, there is nothing to look for in the node's list.
        if (CountSelfLoops(type) == 0) return 0;
        var count = 0;
        foreach (var relationship in Expand(node, outgoing: false, type is null ? null : [type]))
            if (ReferenceEquals(relationship.Start, node)) count++;
        return count;
    }

    private static bool Matches(NodeVersion version, string label, string key, object value) =>
        version.Labels.Contains(label) && version.Properties is { } properties && properties.TryGetValue(key, out var held)
        && CypherEquivalence.Instance.Equals(held, value);

    private IEnumerable<T> Stable<T>(IEnumerable<T> items) => copyEnumerations ? items.ToArray() : items;
}
