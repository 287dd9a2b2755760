using System.Collections;
using RelationsGraph.Cypher.Storage.FullText.Lucene;

namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>
/// The store's full-text indexes, kept in step with the graph by a dirty set (the deferred-maintenance
/// pattern of search engines beside a database): every change to a node or relationship marks it, and
/// Flush rewrites the marked entities' documents from their current state. The writer flushes when it
/// finishes, commit or rollback alike (a rollback has already put the graph back, so re-reading the marked
/// entities restores their old documents), and before a query inside the transaction, so the writer sees
/// its own changes. Readers run beside the writer (snapshot reads), so every use of the Lucene indexes
/// (flush, search, create, drop) takes one lock; a reader's search may match text the writer has flushed
/// but not yet committed, and the hits are then resolved at the reader's snapshot (GraphView.QueryFullText).
/// The Lucene indexes live in RAM: opening a store rebuilds them from the graph (snapshot and log replay
/// mark every entity), so only the descriptors need to be durable.
/// </summary>
internal sealed class FullTextIndexes
{
    private readonly List<Entry> indexes = [];
    private readonly Lock gate = new();
    private readonly HashSet<long> dirtyNodes = [];
    private readonly HashSet<long> dirtyRelationships = [];
    private bool anyNodeIndex, anyRelationshipIndex;

    public IEnumerable<IndexDescriptor> Descriptors
    {
        get { lock (gate) return indexes.Select(i => i.Descriptor).ToArray(); }
    }

    public bool IsDirty => dirtyNodes.Count > 0 || dirtyRelationships.Count > 0;

    public void MarkNode(long id)
    {
        if (anyNodeIndex) dirtyNodes.Add(id);
    }

    public void MarkRelationship(long id)
    {
        if (anyRelationshipIndex) dirtyRelationships.Add(id);
    }

    /// <summary>Creates the index and fills it from the entities the graph holds now.</summary>
    public void Add(IndexDescriptor descriptor, GraphData graph)
    {
        lock (gate)
        {
            var schema = descriptor.FullText!;
            var entry = new Entry(descriptor, LuceneFullTextIndex.Create(schema.Analyzer, descriptor.Properties));
            indexes.Add(entry);
            UpdateCoverage();
            if (schema.Relationships)
            {
                foreach (var relationship in graph.Relationships) entry.Write(relationship.Id, relationship.Type, relationship.Properties);
            }
            else
            {
                foreach (var label in schema.LabelsOrTypes)
                    foreach (var node in graph.NodesWithLabel(label) ?? [])
                        if (!entry.Holds(node.Id)) entry.Write(node.Id, null, node.Properties);
            }
            entry.Index.Refresh();
        }
    }

    public IndexDescriptor? Remove(string name)
    {
        lock (gate)
        {
            var at = indexes.FindIndex(i => i.Descriptor.Name == name);
            if (at < 0) return null;
            var entry = indexes[at];
            indexes.RemoveAt(at);
            entry.Index.Dispose();
            UpdateCoverage();
            return entry.Descriptor;
        }
    }

    /// <summary>Rewrites the documents of every marked entity from the graph as it is now.</summary>
    public void Flush(GraphData graph)
    {
        lock (gate)
        {
            if (!IsDirty) return;
            foreach (var id in dirtyNodes)
            {
                var node = graph.GetNode(id);
                foreach (var entry in indexes)
                {
                    if (entry.Schema.Relationships) continue;
                    if (node is null || !entry.Schema.Covers(node.LabelSet)) entry.Delete(id);
                    else entry.Write(id, null, node.Properties);
                }
            }
            foreach (var id in dirtyRelationships)
            {
                var relationship = graph.GetRelationship(id);
                foreach (var entry in indexes)
                {
                    if (!entry.Schema.Relationships) continue;
                    if (relationship is null) entry.Delete(id);
                    else entry.Write(id, relationship.Type, relationship.Properties);
                }
            }
            dirtyNodes.Clear();
            dirtyRelationships.Clear();
            foreach (var entry in indexes) entry.Index.Refresh();
        }
    }

    /// <summary>The index by name and kind, or a Neo4j-worded error when there is none.</summary>
    public IReadOnlyList<FullTextHit> Search(string name, bool relationships, string query, int limit)
    {
        lock (gate)
        {
            var found = indexes.FirstOrDefault(i => i.Descriptor.Name == name);
            if (found is null)
                throw FullTextErrors.CallFailed(relationships, $"java.lang.IllegalArgumentException: There is no such fulltext schema index: {name}");
            if (found.Descriptor.FullText!.Relationships != relationships)
                throw FullTextErrors.CallFailed(relationships,
                    $"java.lang.IllegalArgumentException: The '{name}' index is a {(relationships ? "node" : "relationship")} index, not a {(relationships ? "relationship" : "node")} index.");
            try { return found.Index.Search(query, limit); }
            catch (FullTextQueryException error) { throw FullTextErrors.CallFailed(relationships, error.Message); }
        }
    }

    /// <summary>One index with the ids it holds, so entities it never held cost no delete.</summary>
    private sealed class Entry(IndexDescriptor descriptor, IFullTextIndex index)
    {
        private readonly HashSet<long> ids = [];

        public IndexDescriptor Descriptor => descriptor;
        public FullTextSchema Schema => descriptor.FullText!;
        public IFullTextIndex Index => index;

        public bool Holds(long id) => ids.Contains(id);

        public void Delete(long id)
        {
            if (ids.Remove(id)) index.Delete(id);
        }

        /// <summary>Writes the entity's string values (each element of a string list on its own) or, when it has none, deletes it.</summary>
        public void Write(long id, string? type, IReadOnlyDictionary<string, object?> properties)
        {
            if (type is not null && !Schema.LabelsOrTypes.Contains(type)) { Delete(id); return; }
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
            if (values.Count == 0) { Delete(id); return; }
            ids.Add(id);
            index.Put(id, values);
        }
    }

    private void UpdateCoverage()
    {
        anyNodeIndex = indexes.Any(i => !i.Descriptor.FullText!.Relationships);
        anyRelationshipIndex = indexes.Any(i => i.Descriptor.FullText!.Relationships);
    }
}
