namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Folds the edge rows of a batch into one row per edge, with the batch's articles and sentences as
/// parallel lists in article order. A relationship's sources and evidence lists grow with every
/// article that supports it, so rewriting them once per batch rather than once per article is what
/// keeps popular edges (a leader and the country they represent) from slowing loading down.
/// </summary>
internal static class EdgeFolding
{
    /// <summary>The rows for merge-relationship, grouped by the (from label, type, to label) it is rendered for.</summary>
    public static IEnumerable<(RelationshipKey Key, List<object?> Rows)> Fold(IEnumerable<EdgeRow> edges)
    {
        foreach (var byKey in edges.GroupBy(e => e.Key))
        {
            var rows = new List<object?>();
            foreach (var edge in byKey.GroupBy(e => (e.From, e.To)))
            {
                var articles = new List<object?>();
                var evidence = new List<object?>();
                foreach (var row in edge)
                {
                    if (articles.Contains(row.ArticleId)) continue; // as when loaded one by one: an article is a source once
                    articles.Add(row.ArticleId);
                    evidence.Add(row.Evidence);
                }
                rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["from"] = edge.Key.From,
                    ["to"] = edge.Key.To,
                    ["articles"] = articles,
                    ["evidence"] = evidence,
                    ["confidence"] = edge.Max(r => r.Confidence),
                    ["role"] = edge.Select(r => r.Role).LastOrDefault(role => role is not null), // the latest role wins
                });
            }
            yield return (byKey.Key, rows);
        }
    }
}
