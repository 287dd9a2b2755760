using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X called on the mayor, and on Friday she is to meet Y", ", and in Porto he met Z", ", and the next day they flew on":
/// a short phrase of time or place may stand between a clause's conjunction and its pronoun subject (pattern: a coordinated
/// clause fronts its own adverbial before its subject). <see cref="CoordinatedClauseSubject"/> asks this to see that the
/// clause has a subject of its own.
/// </summary>
internal static class FrontedLeadOfAClause
{
    /// <summary>How many words the fronted phrase may hold ("on Wednesday", "later that evening", "in the capital").</summary>
    private const int LeadReach = 4;

    /// <summary>Words that open a fronted phrase of time or place.</summary>
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "later", "earlier", "then", "the", "next", "after", "afterwards", "from",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether, right after the word at <paramref name="start"/>, a short fronted phrase leads to "he", "she" or "they" and its verb.</summary>
    public static bool LeadsToPronoun(List<Token> tokens, int start)
    {
        if (start >= tokens.Count || !Openers.Contains(tokens[start].Lower)) return false;
        for (var k = start + 1; k < tokens.Count - 1 && k - start <= LeadReach; k++)
        {
            var word = tokens[k].Lower;
            if (word is "he" or "she" or "they") return tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized;
            if (word is "who" or "which" or "that" or "where" or "when" or "and" or "or" || tokens[k].Text is ";" or ":" or "\"" or "“" or "”") return false;
        }
        return false;
    }
}
