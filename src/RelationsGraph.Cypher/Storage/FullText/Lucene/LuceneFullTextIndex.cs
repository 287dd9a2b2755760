using global::Lucene.Net.Analysis;
using global::Lucene.Net.Documents;
using global::Lucene.Net.Index;
using global::Lucene.Net.QueryParsers.Classic;
using global::Lucene.Net.Search;
using global::Lucene.Net.Store;
using global::Lucene.Net.Util;

namespace RelationsGraph.Cypher.Storage.FullText.Lucene;

/// <summary>
/// A full-text index in a Lucene RAM directory: one document per entity, one text field per property
/// (a list contributes one value per element), searched through Lucene's classic query parser over every
/// indexed property, as Neo4j does. Readers reopen near-real-time from the writer on Refresh.
/// </summary>
internal sealed class LuceneFullTextIndex : IFullTextIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "__entity_id";

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly string[] fields;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    private LuceneFullTextIndex(Analyzer analyzer, IReadOnlyList<string> properties)
    {
        this.analyzer = analyzer;
        fields = properties.ToArray();
        // Merges run on the committing thread: no background threads to wait on or to stall a writer,
        // and a store's cost stays on the transaction that caused it.
        writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { MergeScheduler = new SerialMergeScheduler() });
        reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        searcher = new IndexSearcher(reader);
    }

    public static IFullTextIndex Create(string analyzerName, IReadOnlyList<string> properties) =>
        new LuceneFullTextIndex(LuceneAnalyzers.Create(analyzerName, Version), properties);

    public void Put(long id, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var key = Key(id);
        var document = new Document { new StringField(IdField, key, Field.Store.YES) };
        foreach (var (field, text) in values) document.Add(new TextField(field, text, Field.Store.NO));
        try { writer.UpdateDocument(new Term(IdField, key), document); }
        catch (ArgumentException)
        {
            // Lucene refuses a term over 32 KB (a whole long text under the keyword analyzer). The commit that
            // wrote the value is already durable, so the entity is left out of the index rather than failing it.
            writer.DeleteDocuments(new Term(IdField, key));
        }
    }

    public void Delete(long id) => writer.DeleteDocuments(new Term(IdField, Key(id)));

    public void Refresh()
    {
        var newer = DirectoryReader.OpenIfChanged(reader, writer, applyAllDeletes: true);
        if (newer is null) return;
        reader.Dispose();
        reader = newer;
        searcher = new IndexSearcher(reader);
    }

    public IReadOnlyList<FullTextHit> Search(string query, int limit)
    {
        var current = searcher;
        var parsed = Parse(query);
        TopDocs top;
        try { top = current.Search(parsed, Math.Max(1, Math.Min(limit, current.IndexReader.MaxDoc))); }
        catch (BooleanQuery.TooManyClausesException error) { throw new FullTextQueryException($"org.apache.lucene.search.BooleanQuery$TooManyClauses: {error.Message}", error); }
        var hits = new List<FullTextHit>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
            hits.Add(new FullTextHit(long.Parse(current.Doc(hit.Doc).Get(IdField), System.Globalization.CultureInfo.InvariantCulture), hit.Score));
        return hits;
    }

    public void Dispose()
    {
        reader.Dispose();
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

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
