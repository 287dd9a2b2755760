using System.Collections;
using RelationsGraph.Cypher.Storage.FullText.Lucene;

namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>
/// The store's full-text indexes, kept in step with the graph by a dirty set (the deferred-maintenance
/// pattern of search engines beside a database): every change to a node or relationship marks it, and
/// Flush writes the marked entities' text from their newest state. The writer flushes before a query of
/// its own (so it sees its changes) and before its commit is made durable.
/// <para>
/// Multi-version, like the graph: a flush never overwrites a document, it adds a new version of the
/// entity's text (see <see cref="TextVersion"/>); the commit stamps the transaction's versions, a rollback
/// deletes them. A reader keeps only hits whose version its snapshot sees, so it never sees text flushed
/// but not committed, rolled back, or committed after it began. The index list itself is versioned too
/// (a reader searches the indexes of its snapshot), and a dropped index is disposed only once no reader
/// reads before its drop. Old versions are deleted at the low-water mark (Prune). Only the writer changes
/// anything here; readers search without a lock.
/// </para>
/// The Lucene indexes live in RAM: opening a store rebuilds them from the graph (snapshot and log replay
/// mark every entity), so only the descriptors need to be durable.
/// </summary>
internal sealed class FullTextIndexes
{
    private readonly HashSet<long> dirtyNodes = [];
    private readonly HashSet<long> dirtyRelationships = [];
    // The writer's index list, and the lists as commits left them (the readers').
    private Entry[] indexes = [];
    private readonly CommittedHistory<Entry[]> committed = new([]);
    private bool anyNodeIndex, anyRelationshipIndex;

    // The open transaction's work, to stamp at commit or undo at rollback.
    private bool inTransaction, listChanged;
    private readonly List<(Entry Entry, TextVersion Version)> added = [];
    private readonly List<TextVersion> superseded = [];
    private readonly List<Entry> dropped = [];
    // Kept for older readers: versions ended by a commit, and dropped indexes, in commit order (Prune).
    private readonly Queue<(Entry Entry, TextVersion Version)> ended = new();
    private readonly Queue<(Entry Entry, long Seq)> retired = new();

    /// <summary>The writer's (newest) index descriptors.</summary>
    public IEnumerable<IndexDescriptor> Descriptors => indexes.Select(i => i.Descriptor);

    /// <summary>The index descriptors as of snapshot seq.</summary>
    public IEnumerable<IndexDescriptor> DescriptorsAt(long seq) => committed.At(seq).Select(i => i.Descriptor);

    /// <summary>Documents kept only for readers at older snapshots (with dropped indexes), for the store's report.</summary>
    public int RetainedForOlderReaders => ended.Count + retired.Count + committed.Length - 1;

    /// <summary>Whether some index covers nodes (or relationships): only then do marks matter, and opening marks every entity.</summary>
    public bool IndexesNodes => anyNodeIndex;
    public bool IndexesRelationships => anyRelationshipIndex;

    public void MarkNode(long id)
    {
        if (anyNodeIndex) dirtyNodes.Add(id);
    }

    public void MarkRelationship(long id)
    {
        if (anyRelationshipIndex) dirtyRelationships.Add(id);
    }

    /// <summary>
    /// Creates the index and fills it from the entities the graph holds now (newest state). Undoing a drop
    /// of this transaction brings the dropped index back instead: it still holds the committed versions.
    /// </summary>
    public void Add(IndexDescriptor descriptor, GraphData graph)
    {
        var revived = dropped.FindIndex(entry => entry.Descriptor == descriptor && !entry.CreatedInTransaction);
        if (revived >= 0)
        {
            var entry = dropped[revived];
            dropped.RemoveAt(revived);
            SetIndexes([.. indexes, entry]);
            return;
        }
        var schema = descriptor.FullText!;
        var created = new Entry(descriptor, LuceneFullTextIndex.Create(schema.Analyzer, descriptor.Properties)) { CreatedInTransaction = inTransaction };
        SetIndexes([.. indexes, created]);
        if (schema.Relationships)
        {
            foreach (var relationship in graph.Relationships) Write(created, relationship.Id, relationship.Type, relationship.HeadProperties);
        }
        else
        {
            foreach (var label in schema.LabelsOrTypes)
                foreach (var node in graph.NodesWithLabel(label) ?? [])
                    if (!created.Holds(node.Id)) Write(created, node.Id, null, node.HeadProperties);
        }
        created.Index.Refresh();
    }

    /// <summary>Drops the index by name; the graph brings it up to date first, so that undoing the drop brings back an index in step.</summary>
    public IndexDescriptor? Remove(string name, GraphData graph)
    {
        Flush(graph);
        var at = Array.FindIndex(indexes, i => i.Descriptor.Name == name);
        if (at < 0) return null;
        var entry = indexes[at];
        SetIndexes([.. indexes[..at], .. indexes[(at + 1)..]]);
        // Readers at older snapshots may still search it: it goes once the drop is older than every snapshot.
        if (inTransaction) dropped.Add(entry);
        else entry.Index.Dispose();
        return entry.Descriptor;
    }

    /// <summary>Writes the text of every marked entity from the graph's newest state, as new versions.</summary>
    public void Flush(GraphData graph)
    {
        if (dirtyNodes.Count == 0 && dirtyRelationships.Count == 0) return;
        foreach (var id in dirtyNodes)
        {
            var node = graph.GetNode(id);
            foreach (var entry in indexes)
            {
                if (entry.Schema.Relationships) continue;
                if (node is null || !entry.Schema.Covers(node.LabelSet)) Write(entry, id, null, null);
                else Write(entry, id, null, node.HeadProperties);
            }
        }
        foreach (var id in dirtyRelationships)
        {
            var relationship = graph.GetRelationship(id);
            foreach (var entry in indexes)
            {
                if (!entry.Schema.Relationships) continue;
                Write(entry, id, relationship?.Type, relationship?.HeadProperties);
            }
        }
        dirtyNodes.Clear();
        dirtyRelationships.Clear();
        foreach (var entry in indexes) entry.Index.Refresh();
    }

    /// <summary>
    /// The hits of a full-text query, best first: at snapshot seq for a reader (the indexes and text that
    /// commit left), or in the newest state for the writer (seq null; flush first). Unknown index or wrong
    /// kind: a Neo4j-worded error.
    /// </summary>
    public IReadOnlyList<FullTextHit> Search(string name, bool relationships, string query, int limit, long? seq)
    {
        var found = (seq is { } at ? committed.At(at) : indexes).FirstOrDefault(i => i.Descriptor.Name == name);
        if (found is null)
            throw FullTextErrors.CallFailed(relationships, $"java.lang.IllegalArgumentException: There is no such fulltext schema index: {name}");
        if (found.Descriptor.FullText!.Relationships != relationships)
            throw FullTextErrors.CallFailed(relationships,
                $"java.lang.IllegalArgumentException: The '{name}' index is a {(relationships ? "node" : "relationship")} index, not a {(relationships ? "relationship" : "node")} index.");
        Func<long, bool> accept = seq is { } snapshot ? key => found.VisibleAt(key, snapshot) : found.IsHead;
        try { return found.Index.Search(query, limit, accept); }
        catch (FullTextQueryException error) { throw FullTextErrors.CallFailed(relationships, error.Message); }
    }

    /// <summary>Opening is done (no reader yet): every snapshot reads the indexes as they are.</summary>
    public void StampOpened()
    {
        committed.Reset(indexes);
        listChanged = false;
    }

    /// <summary>From here until CommitVersions or DiscardVersions, text written is new versions that readers do not see.</summary>
    public void BeginTransaction()
    {
        inTransaction = true;
        listChanged = false;
    }

    /// <summary>Stamps the transaction's versions (and index list) with seq; called before the commit is published.</summary>
    public void CommitVersions(long seq, long watermark)
    {
        foreach (var (_, version) in added) version.From = seq;
        foreach (var version in superseded) version.To = seq;
        foreach (var version in superseded) ended.Enqueue((version.Owner, version));
        foreach (var entry in dropped) retired.Enqueue((entry, seq));
        foreach (var entry in indexes) entry.CreatedInTransaction = false;
        if (listChanged) committed.Publish(indexes, seq, watermark);
        EndTransaction();
    }

    /// <summary>After rollback has undone the graph: deletes the transaction's versions and puts back the ones it superseded.</summary>
    public void DiscardVersions(long lastSeq, long watermark)
    {
        foreach (var (entry, version) in added) entry.Forget(version);
        foreach (var version in superseded) version.Owner.Restore(version);
        foreach (var entry in indexes) entry.Index.Refresh();
        // What is still dropped here was created by this transaction (undo brings back every earlier index): no reader saw it.
        foreach (var entry in dropped) entry.Index.Dispose();
        if (listChanged) committed.Publish(indexes, lastSeq, watermark);
        // The graph is back to the last commit, which the committed versions already hold.
        dirtyNodes.Clear();
        dirtyRelationships.Clear();
        EndTransaction();
    }

    /// <summary>Deletes versions ended, and disposes indexes dropped, at or before watermark (the oldest snapshot read).</summary>
    public void Prune(long watermark)
    {
        committed.Trim(watermark);
        while (ended.TryPeek(out var oldest) && oldest.Version.To <= watermark)
        {
            ended.Dequeue();
            oldest.Entry.Forget(oldest.Version);
        }
        while (retired.TryPeek(out var drop) && drop.Seq <= watermark)
        {
            retired.Dequeue();
            drop.Entry.Index.Dispose();
        }
    }

    private void EndTransaction()
    {
        inTransaction = false;
        listChanged = false;
        added.Clear();
        superseded.Clear();
        dropped.Clear();
    }

    private void SetIndexes(Entry[] changed)
    {
        Volatile.Write(ref indexes, changed);
        listChanged = true;
        anyNodeIndex = changed.Any(i => !i.Schema.Relationships);
        anyRelationshipIndex = changed.Any(i => i.Schema.Relationships);
    }

    /// <summary>
    /// Makes the entity's text in entry the one for its newest state (properties null: it has none here).
    /// Outside a transaction (opening) versions are final at once; inside, the new one waits for the commit
    /// and the one it replaces stays for readers until then (and after, until no snapshot reads it).
    /// </summary>
    private void Write(Entry entry, long id, string? type, IReadOnlyDictionary<string, object?>? properties)
    {
        var values = properties is null || (type is not null && !entry.Schema.LabelsOrTypes.Contains(type)) ? [] : entry.ValuesOf(properties);
        if (entry.HeadOf(id) is { } head)
        {
            if (!inTransaction || head.From == Versions.Uncommitted) entry.Forget(head);
            else
            {
                entry.Supersede(head);
                superseded.Add(head);
            }
        }
        if (values.Count == 0) return;
        var version = entry.Put(id, values, inTransaction ? Versions.Uncommitted : 0);
        if (version is not null && inTransaction) added.Add((entry, version));
    }

    /// <summary>
    /// One version of an entity's text in one index: readers at snapshots in [From, To) see it; the writer
    /// sees the head (the newest, committed or not). From is Versions.Uncommitted until the commit stamps it.
    /// </summary>
    private sealed class TextVersion(Entry owner, long key, long entityId, long from)
    {
        public Entry Owner { get; } = owner;
        public long Key { get; } = key;
        public long EntityId { get; } = entityId;
        public long From = from;
        public long To = Versions.Alive;
        public bool Head = true;
    }

    /// <summary>One index with its versions by key (read by searching readers) and the head version of each entity (the writer's).</summary>
    private sealed class Entry(IndexDescriptor descriptor, IFullTextIndex index)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<long, TextVersion> versions = new();
        private readonly Dictionary<long, TextVersion> heads = [];
        private long nextKey;

        public IndexDescriptor Descriptor => descriptor;
        public FullTextSchema Schema => descriptor.FullText!;
        public IFullTextIndex Index => index;
        /// <summary>Created by the open transaction (so never seen by a reader).</summary>
        public bool CreatedInTransaction { get; set; }

        public bool Holds(long id) => heads.ContainsKey(id);

        public TextVersion? HeadOf(long id) => heads.GetValueOrDefault(id);

        public bool IsHead(long key) => versions.TryGetValue(key, out var version) && version.Head;

        public bool VisibleAt(long key, long seq) => versions.TryGetValue(key, out var version) && version.From <= seq && seq < version.To;

        public TextVersion? Put(long id, IReadOnlyList<KeyValuePair<string, string>> values, long from)
        {
            var version = new TextVersion(this, nextKey++, id, from);
            versions[version.Key] = version;
            if (!index.Add(version.Key, id, values))
            {
                versions.TryRemove(version.Key, out _);
                return null;
            }
            heads[id] = version;
            return version;
        }

        /// <summary>The version stops being the head; readers keep it until its end is stamped and pruned.</summary>
        public void Supersede(TextVersion version)
        {
            version.Head = false;
            if (heads.GetValueOrDefault(version.EntityId) == version) heads.Remove(version.EntityId);
        }

        /// <summary>A superseded version becomes the head again (its transaction rolled back).</summary>
        public void Restore(TextVersion version)
        {
            version.Head = true;
            heads[version.EntityId] = version;
        }

        /// <summary>Deletes the version: no reader can see it (any more).</summary>
        public void Forget(TextVersion version)
        {
            if (!versions.TryRemove(version.Key, out _)) return;
            if (heads.GetValueOrDefault(version.EntityId) == version) heads.Remove(version.EntityId);
            index.Delete(version.Key);
        }

        /// <summary>The entity's string values (each element of a string list on its own).</summary>
        public List<KeyValuePair<string, string>> ValuesOf(IReadOnlyDictionary<string, object?> properties)
        {
            var values = new List<KeyValuePair<string, string>>();
            foreach (var key in descriptor.Properties)
            {
                switch (properties.GetValueOrDefault(key))
                {
                    case string text: values.Add(new(key, text)); break;
                    case IEnumerable list:
                        foreach (var item in list) if (item is string element) values.Add(new(key, element));
                        break;
                }
            }
            return values;
        }
    }
}
