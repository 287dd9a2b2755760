namespace RelationsGraph.Cypher.Storage;

// CONTRACT (owned by Storage/): outside Storage an entity is a handle, its Id and ElementId (and a relationship's
// Type, fixed at creation); equality is by id (one object per id). Everything it holds, labels, properties, ends and
// whether it is deleted, is read through IGraphReader (LabelsOf, PropertiesOf, StartOf, ...), which answers as of
// its snapshot; the members below that hold the record are internal to Storage.
// Multi-version records: labels and properties live in a chain of versions, newest first, each stamped
// with the commit that made it. A reader reads the version of its snapshot (VersionAt); the writer reads the
// newest (Head). The ambient accessors (Labels, Properties, IsDeleted: the version of the ReadSnapshot of the flow)
// remain for tests that hold an entity inside a transaction.

/// <summary>A node: outside Storage a handle, read through IGraphReader.</summary>
public sealed class NodeEntity
{
    private NodeVersion head;
    private Adjacency? outgoing;
    private Adjacency? incoming;
    private readonly SnapshotAdjacency? loaded;

    internal NodeEntity(long id, long createdSeq)
    {
        Id = id;
        CreatedSeq = createdSeq;
        outgoing = new Adjacency();
        incoming = new Adjacency();
        head = new NodeVersion(new HashSet<string>(StringComparer.Ordinal), null, createdSeq, null);
    }

    internal NodeEntity(long id) : this(id, 0)
    {
    }

    /// <summary>A node loaded with its first version ready (opening a snapshot); its adjacency is made from the snapshot's rows when first used.</summary>
    internal NodeEntity(long id, NodeVersion version, SnapshotAdjacency? loaded)
    {
        Id = id;
        CreatedSeq = version.Seq;
        head = version;
        this.loaded = loaded;
        if (loaded is not null) return;
        outgoing = new Adjacency();
        incoming = new Adjacency();
    }

    public long Id { get; }
    public string ElementId => "n:" + Id;
    /// <summary>The commit that created the node (Versions.Uncommitted until its transaction commits).</summary>
    internal long CreatedSeq;
    /// <summary>The commit that deleted the node (Versions.Alive while it lives in committed state).</summary>
    internal long DeletedSeq = Versions.Alive;
    /// <summary>Deleted in the newest state, committed or not: what the writer sees.</summary>
    internal bool HeadDeleted;
    internal NodeVersion Head { get => Volatile.Read(ref head); set => Volatile.Write(ref head, value); }
    /// <summary>The newest labels; only the writer may change them, after GraphData.Touch.</summary>
    internal HashSet<string> LabelSet => Head.Labels;
    /// <summary>
    /// The newest properties as a dictionary the writer changes, only after GraphData.Touch (so never on a version
    /// a reader may hold): allocated on first write, or made from the compact record a snapshot loaded.
    /// </summary>
    internal Dictionary<string, object?> PropertyMap
    {
        get
        {
            var version = Head;
            if (version.Properties is Dictionary<string, object?> map) return map;
            map = version.Properties is null ? new(StringComparer.Ordinal) : new(version.Properties, StringComparer.Ordinal);
            version.Properties = map;
            return map;
        }
    }
    internal IReadOnlyDictionary<string, object?> HeadProperties => Head.Properties ?? EmptyProperties.Instance;
    /// <summary>Relationships starting here, grouped by type.</summary>
    internal Adjacency Outgoing => Volatile.Read(ref outgoing) ?? MakeAdjacency(ref outgoing, outgoingSide: true);
    /// <summary>Relationships ending here, grouped by type.</summary>
    internal Adjacency Incoming => Volatile.Read(ref incoming) ?? MakeAdjacency(ref incoming, outgoingSide: false);
    /// <summary>The adjacency if made, else null (its groups are still only the snapshot's rows: see LoadedAdjacency).</summary>
    internal Adjacency? OutgoingIfMade => Volatile.Read(ref outgoing);
    internal Adjacency? IncomingIfMade => Volatile.Read(ref incoming);
    /// <summary>The rows of the snapshot this node was loaded from, or null for a node created since.</summary>
    internal SnapshotAdjacency? LoadedAdjacency => loaded;
    internal IReadOnlyCollection<string> Labels => Visible().Labels;
    /// <summary>Never holds null values: setting a property to null removes it.</summary>
    internal IReadOnlyDictionary<string, object?> Properties => Visible().Properties ?? EmptyProperties.Instance;
    /// <summary>Deleted as the current flow sees it. Live and committed in the newest state is live for every holder of the handle (no lookup of the snapshot).</summary>
    internal bool IsDeleted => (HeadDeleted || DeletedSeq != Versions.Alive || CreatedSeq == Versions.Uncommitted)
        && (ReadSnapshot.CurrentSeq() is { } seq ? !VisibleAt(seq) : HeadDeleted);
    internal bool VisibleAt(long seq) => CreatedSeq <= seq && DeletedSeq > seq;
    public override string ToString() => $"Node({Id})";

    internal NodeVersion VersionAt(long seq)
    {
        var version = Head;
        while (version.Seq > seq && version.Older is { } older) version = older;
        return version;
    }

    /// <summary>Makes the adjacency from the snapshot's rows; racing threads agree on one through a compare-and-swap (lazy materialisation).</summary>
    private Adjacency MakeAdjacency(ref Adjacency? slot, bool outgoingSide)
    {
        var made = loaded is null ? new Adjacency() : (outgoingSide ? loaded.Outgoing : loaded.Incoming).Make(Id);
        return Interlocked.CompareExchange(ref slot, made, null) ?? made;
    }

    private NodeVersion Visible()
    {
        var version = Head;
        // One committed version (the common case): every reader that can reach the node sees it.
        if (version.Older is null && version.Seq != Versions.Uncommitted) return version;
        return ReadSnapshot.CurrentSeq() is { } seq ? VersionAt(seq) : version;
    }
}

/// <summary>A relationship: outside Storage a handle (and its type), read through IGraphReader.</summary>
public sealed class RelationshipEntity
{
    // Null until the first property is written: a million property-less relationships carry no version object.
    private RelationshipVersion? head;

    // An int (ids stay below 2^31, see EntityTable), beside the type's number (RelationshipTypeNumbers) whose top bit
    // is HeadDeleted: together one 8-byte slot, so the object is 64 bytes, not the 72 a reference to the type name makes
    // it, and a bulk load of a million relationships allocates (and the GC copies) 8 MB less.
    private readonly int id;
    private int typeAndDeleted;
    private const int DeletedBit = int.MinValue;

    internal RelationshipEntity(long id, int typeNumber, NodeEntity start, NodeEntity end, long createdSeq = 0)
    {
        this.id = checked((int)id); typeAndDeleted = typeNumber; Start = start; End = end; CreatedSeq = createdSeq;
    }

    public long Id => id;
    public string ElementId => "r:" + Id;
    public string Type => RelationshipTypeNumbers.NameOf(typeAndDeleted & ~DeletedBit);
    internal NodeEntity Start { get; }
    internal NodeEntity End { get; }
    internal long CreatedSeq;
    internal long DeletedSeq = Versions.Alive;
    /// <summary>Deleted in the newest state, committed or not: what the writer sees (only the writer sets it; the type bits never change).</summary>
    internal bool HeadDeleted
    {
        get => typeAndDeleted < 0;
        set => typeAndDeleted = value ? typeAndDeleted | DeletedBit : typeAndDeleted & ~DeletedBit;
    }
    internal RelationshipVersion? Head { get => Volatile.Read(ref head); set => Volatile.Write(ref head, value); }
    internal IReadOnlyDictionary<string, object?> HeadProperties => (IReadOnlyDictionary<string, object?>?)Head?.Properties ?? EmptyProperties.Instance;
    internal IReadOnlyDictionary<string, object?> Properties => (IReadOnlyDictionary<string, object?>?)Visible()?.Properties ?? EmptyProperties.Instance;
    /// <summary>Deleted as the current flow sees it. Live and committed in the newest state is live for every holder of the handle (no lookup of the snapshot).</summary>
    internal bool IsDeleted => (HeadDeleted || DeletedSeq != Versions.Alive || CreatedSeq == Versions.Uncommitted)
        && (ReadSnapshot.CurrentSeq() is { } seq ? !VisibleAt(seq) : HeadDeleted);
    internal bool VisibleAt(long seq) => CreatedSeq <= seq && DeletedSeq > seq;
    internal NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;
    public override string ToString() => $"Rel({Id})";

    /// <summary>The properties' version a snapshot at seq sees; null when it had none.</summary>
    internal RelationshipVersion? VersionAt(long seq)
    {
        var version = Head;
        // One committed version (the common case): every reader that can reach the relationship sees it.
        if (version is null || (version.Older is null && version.Seq != Versions.Uncommitted)) return version;
        while (version.Seq > seq && version.Older is { } older) version = older;
        // Older than the first property write: the relationship had no properties then.
        return version.Seq > seq ? null : version;
    }

    private RelationshipVersion? Visible() => ReadSnapshot.CurrentSeq() is { } seq ? VersionAt(seq) : Head;
}

/// <summary>One state of a node's labels and properties. Immutable once stamped with a commit.</summary>
internal sealed class NodeVersion(HashSet<string> labels, IReadOnlyDictionary<string, object?>? properties, long seq, NodeVersion? older)
{
    public HashSet<string> Labels = labels;
    /// <summary>Labels is one set shared by the nodes loaded with the same labels: copy it (OwnLabels) before changing it.</summary>
    public bool SharedLabels;
    /// <summary>A dictionary, or a <see cref="PropertyRecord"/> as a snapshot loaded it (null: none).</summary>
    public IReadOnlyDictionary<string, object?>? Properties = properties;
    public long Seq = seq;
    public NodeVersion? Older = older;

    public void OwnLabels()
    {
        Labels = new HashSet<string>(Labels, StringComparer.Ordinal);
        SharedLabels = false;
    }
}

/// <summary>One state of a relationship's properties. Immutable once stamped with a commit.</summary>
internal sealed class RelationshipVersion(Dictionary<string, object?>? properties, long seq, RelationshipVersion? older)
{
    public Dictionary<string, object?>? Properties = properties;
    public long Seq = seq;
    public RelationshipVersion? Older = older;
}

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction { Outgoing, Incoming, Both }

/// <summary>The shared, read-only property map of entities that have no properties.</summary>
internal static class EmptyProperties
{
    public static readonly IReadOnlyDictionary<string, object?> Instance =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>(StringComparer.Ordinal));
}
