using System.Text.RegularExpressions;

namespace RelationsGraph.Loading.Querying;

/// <summary>
/// What a user typed into a search box, turned into a Lucene query for db.index.fulltext.queryNodes
/// (the same on Neo4j and the embedded store): each word counts when it matches exactly (ranked
/// highest), as the start of a word, or within one or two edits (a misspelling), and entities that
/// match more of the words rank higher. Only letters and digits reach the query, so nothing typed
/// can be read as Lucene syntax.
/// </summary>
public static partial class FullTextSearchQuery
{
    private const int MaxWords = 8;

    /// <summary>The Lucene query, or null when the text has no word to search for.</summary>
    public static string? FromText(string? text)
    {
        var words = Words().Matches((text ?? "").ToLowerInvariant()).Select(m => m.Value).Distinct().Take(MaxWords).ToList();
        return words.Count == 0 ? null : string.Join(" ", words.Select(Clause));
    }

    private static string Clause(string word)
    {
        // Short words get no fuzziness: one edit away from a three-letter word is half the dictionary.
        var edits = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        return edits == 0 ? $"({word}^4 OR {word}*^2)" : $"({word}^4 OR {word}*^2 OR {word}~{edits})";
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
