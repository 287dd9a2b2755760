using global::Lucene.Net.Analysis;
using global::Lucene.Net.Documents;
using global::Lucene.Net.Index;
using global::Lucene.Net.QueryParsers.Classic;
using global::Lucene.Net.Search;
using global::Lucene.Net.Store;
using global::Lucene.Net.Util;

namespace RelationsGraph.Cypher.Storage.FullText.Lucene;

/// <summary>
/// A full-text index in a Lucene RAM directory: one document per version of an entity's text, one text field
/// per property (a list contributes one value per element), searched through Lucene's classic query parser
/// over every indexed property, as Neo4j does. A searcher manager hands each search a reference-counted
/// point-in-time reader, so searches run beside the writer without a lock; which versions a search may
/// see is the caller's (the store's snapshot), applied while collecting, before the top hits are kept.
/// </summary>
internal sealed class LuceneFullTextIndex : IFullTextIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string KeyField = "__version";
    private const string EntityField = "__entity";

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly string[] fields;

    private LuceneFullTextIndex(Analyzer analyzer, IReadOnlyList<string> properties)
    {
        this.analyzer = analyzer;
        fields = properties.ToArray();
        // Merges run on the committing thread: no background threads to wait on or to stall a writer,
        // and a store's cost stays on the transaction that caused it.
        writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { MergeScheduler = new SerialMergeScheduler() });
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public static IFullTextIndex Create(string analyzerName, IReadOnlyList<string> properties) =>
        new LuceneFullTextIndex(LuceneAnalyzers.Create(analyzerName, Version), properties);

    public bool Add(long key, long entityId, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var document = new Document
        {
            new StringField(KeyField, Key(key), Field.Store.NO),
            new NumericDocValuesField(KeyField, key),
            new NumericDocValuesField(EntityField, entityId),
        };
        foreach (var (field, text) in values) document.Add(new TextField(field, text, Field.Store.NO));
        try
        {
            writer.AddDocument(document);
            return true;
        }
        catch (ArgumentException)
        {
            // Lucene refuses a term over 32 KB (a whole long text under the keyword analyzer). The commit that
            // wrote the value is already durable, so the entity is left out of the index rather than failing it.
            writer.DeleteDocuments(new Term(KeyField, Key(key)));
            return false;
        }
    }

    public void Delete(long key) => writer.DeleteDocuments(new Term(KeyField, Key(key)));

    public void Refresh() => searchers.MaybeRefreshBlocking();

    public IReadOnlyList<FullTextHit> Search(string query, int limit, Func<long, bool> accept)
    {
        var parsed = Parse(query);
        var searcher = searchers.Acquire();
        try
        {
            var top = TopScoreDocCollector.Create(Math.Max(1, Math.Min(limit, Math.Max(1, searcher.IndexReader.MaxDoc))), docsScoredInOrder: true);
            var versions = new AcceptedVersions(top, accept);
            try { searcher.Search(parsed, versions); }
            catch (BooleanQuery.TooManyClausesException error) { throw new FullTextQueryException($"org.apache.lucene.search.BooleanQuery$TooManyClauses: {error.Message}", error); }
            var hits = new List<FullTextHit>();
            foreach (var hit in top.GetTopDocs().ScoreDocs) hits.Add(new FullTextHit(versions.EntityOf(searcher, hit.Doc), hit.Score));
            return hits;
        }
        finally { searchers.Release(searcher); }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private Query Parse(string query)
    {
        // Unqualified terms search every indexed property, like Neo4j's multi-field parser.
        var parser = new MultiFieldQueryParser(Version, fields, analyzer);
        try { return parser.Parse(query); }
        catch (ParseException error) { throw new FullTextQueryException($"org.apache.lucene.queryparser.classic.ParseException: {error.Message}", error); }
        // A malformed /regex/ or range fails while the parser builds the query, not as a ParseException.
        catch (ArgumentException error) { throw new FullTextQueryException($"java.lang.IllegalArgumentException: {error.Message}", error); }
    }

    private static string Key(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Passes on to the top-hits collector only the documents whose version key accept takes (a filtering collector).</summary>
    private sealed class AcceptedVersions(ICollector inner, Func<long, bool> accept) : ICollector
    {
        private NumericDocValues? keys;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            keys = context.AtomicReader.GetNumericDocValues(KeyField);
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            if (keys is not null && accept(keys.Get(doc))) inner.Collect(doc);
        }

        /// <summary>The entity a top hit (a top-level document number) is a version of.</summary>
        public long EntityOf(IndexSearcher searcher, int doc)
        {
            var leaves = searcher.IndexReader.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            return leaf.AtomicReader.GetNumericDocValues(EntityField).Get(doc - leaf.DocBase);
        }
    }
}
