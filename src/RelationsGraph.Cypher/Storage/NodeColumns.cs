namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Nodes as a snapshot left them, by id: a label-set number (the sets themselves are shared by every node with
/// the same labels) and its property record kept as the snapshot's bytes (see <see cref="NodePropertyBytes"/>).
/// The node table makes a <see cref="NodeEntity"/> from a row the first time the id is read and keeps it, so
/// opening makes no node object and a lookup makes only the nodes it reads. Rows were committed before the
/// store opened: created at 0, alive; their adjacency is made from the snapshot's rows on first use.
/// </summary>
internal sealed class NodeColumns(HashSet<string>[] labelSets, int[] labelSetOf, NodePropertyBytes records, SnapshotAdjacency adjacency)
    : IColdRows<NodeEntity>
{
    /// <summary>Marks a row that is not here (an id never used, or pruned).</summary>
    public const int NoRow = -1;

    // Per row, set (by the writer, before it changes the node) once the row no longer describes its node.
    private readonly byte[] changed = new byte[labelSetOf.Length];

    public int Length => labelSetOf.Length;

    /// <summary>
    /// The writer is about to change the node (labels, properties, relationships, deletion): from now on its object,
    /// not its row, answers. Readers at older snapshots read the object too, which keeps their versions.
    /// </summary>
    public void MarkChanged(long id)
    {
        if ((ulong)id < (ulong)changed.Length && changed[id] == 0) Volatile.Write(ref changed[id], 1);
    }

    /// <summary>
    /// Whether the row still describes its node for every view (present and never changed since the store opened),
    /// whether or not its object was made: a scan may then read labels, properties and degrees from the columns.
    /// </summary>
    public bool Describes(long id) => (ulong)id < (ulong)changed.Length && Volatile.Read(ref changed[id]) == 0 && Volatile.Read(ref labelSetOf[id]) != NoRow;

    public bool Has(int id) => Volatile.Read(ref labelSetOf[id]) != NoRow;

    /// <summary>Whether id is a row here (any id, checked against the bounds): the check opening runs once per relationship end.</summary>
    public bool Holds(long id) => (ulong)id < (ulong)labelSetOf.Length && labelSetOf[id] != NoRow;

    /// <summary>Whether every id below Length is a row (then an id in bounds is a node): asked while opening.</summary>
    public bool HasNoGaps() => !labelSetOf.AsSpan().Contains(NoRow);

    /// <summary>The row's labels (shared: never change them), or null when there is no row.</summary>
    public HashSet<string>? LabelsOf(int id) => labelSetOf[id] is var set and not NoRow ? labelSets[set] : null;

    public IReadOnlyDictionary<string, object?> PropertiesOf(int id) => (IReadOnlyDictionary<string, object?>?)records.Decode(id) ?? EmptyProperties.Instance;

    /// <summary>One property of the row, decoding only that value (null: absent).</summary>
    public object? PropertyOf(int id, string key) => records.ValueOf(id, key);

    /// <summary>Whether the row has the property, read from its bytes without making the node.</summary>
    public bool HasProperty(int id, string key) => records.Has(id, key);

    public NodeEntity? Make(int id)
    {
        var set = Volatile.Read(ref labelSetOf[id]);
        if (set == NoRow) return null;
        var version = new NodeVersion(labelSets[set], records.Decode(id), 0, null) { SharedLabels = true };
        return new NodeEntity(id, version, adjacency);
    }

    /// <summary>The snapshot's adjacency rows the nodes here make their adjacency from.</summary>
    public SnapshotAdjacency Adjacency => adjacency;

    public void Forget(int id) => Volatile.Write(ref labelSetOf[id], NoRow);
}
