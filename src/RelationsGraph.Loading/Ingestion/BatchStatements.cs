using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// The statements that write a batch of articles in one transaction: one create-article over all their
/// Article rows, one merge per entity label over all their entities, one merge-relationship per
/// (from label, type, to label) with one row per edge (see EdgeFolding). Rows keep article order, so
/// the batch writes what loading the articles one by one would ("first spelling wins", evidence in
/// article order), in a handful of statements however many articles it holds.
/// </summary>
public static class BatchStatements
{
    public static IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> Build(IReadOnlyList<ArticleRows> articles)
    {
        var statements = new List<(string, IReadOnlyDictionary<string, object?>?)>
        {
            (CypherCatalog.Get("load/create-article"), Parameters("articles", articles.Select(a => a.Article))),
        };

        // Entities before relationships: a relationship row matches entities that any article of the batch brings.
        foreach (var label in GraphModel.EntityLabels)
        {
            var rows = articles.SelectMany(a => a.Entities).Where(e => e.Label == label).Select(e => e.Row).ToList();
            if (rows.Count > 0)
                statements.Add((CypherCatalog.Get($"load/merge-{label.ToLowerInvariant()}"), Parameters("batch", rows)));
        }

        foreach (var (key, rows) in EdgeFolding.Fold(articles.SelectMany(a => a.Relationships)))
        {
            var template = CypherCatalog.Render("load/merge-relationship", new Dictionary<string, string>
            {
                ["FromLabel"] = key.FromLabel, ["Type"] = key.Type, ["ToLabel"] = key.ToLabel,
            });
            statements.Add((template, Parameters("batch", rows)));
        }
        return statements;
    }

    /// <summary>The parameters of the statement that finds which of the batch's articles are loaded already.</summary>
    public static (string Cypher, IReadOnlyDictionary<string, object?> Parameters) FindLoaded(IEnumerable<string> sha256s) =>
        (CypherCatalog.Get("load/find-articles-by-sha256"), Parameters("sha256s", sha256s));

    /// <summary>The parameters of the statement that finds which of these Article ids are taken.</summary>
    public static (string Cypher, IReadOnlyDictionary<string, object?> Parameters) FindTakenIds(IEnumerable<string> ids) =>
        (CypherCatalog.Get("load/find-articles-by-id"), Parameters("ids", ids));

    private static Dictionary<string, object?> Parameters<T>(string name, IEnumerable<T> rows) => new(StringComparer.Ordinal)
    {
        [name] = rows.Cast<object?>().ToList(),
    };
}
