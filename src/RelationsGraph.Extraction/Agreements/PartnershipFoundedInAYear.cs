using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the green partnership both sides founded in 2009", "the special partnership that Ruritania and Vestland set up in
/// 2016", "a maritime partnership, established in 2011", "the strategic partnership dates from 2007": a partnership (a tier of
/// relations) whose own clause tells the year the sides founded it is the framework they made that year (the pattern: reports
/// of a visit recall the tier two states hold by the year it was founded). Without a founding verb and a year ("the partnership
/// they hope to build", "deepen their strategic partnership") it stays a relationship, not a document.
/// </summary>
internal static class PartnershipFoundedInAYear
{
    /// <summary>Past forms that found a partnership when its own clause follows it.</summary>
    private static readonly FrozenSet<string> FoundingForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "established", "launched", "set", "forged", "declared", "agreed", "signed", "sealed", "announced", "formed", "founded", "created", "concluded" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between a clause's subject and its verb, or of a passive.</summary>
    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "had", "has", "have", "was", "were", "been", "first", "jointly", "formally", "originally" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may make up the clause's subject: the sides told as a pair, a pronoun, or capitalised names.</summary>
    private static readonly FrozenSet<string> SubjectWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "two", "both", "countries", "sides", "nations", "states", "governments", "neighbours", "neighbors", "leaders", "they", "and", "their", "capitals" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The year the partnership whose noun stands at <paramref name="noun"/> was founded, when its own clause tells it right after
    /// the noun; null when it is no partnership of a named tier or no founding clause with a year follows.
    /// </summary>
    public static int? YearAt(List<Token> tokens, int noun)
    {
        if (tokens[noun].Lower != "partnership" || tokens[noun].IsCapitalized || noun == 0 || !IsTierWord(tokens[noun - 1])) return null;
        var k = noun + 1;
        if (k >= tokens.Count) return null;
        // "the strategic partnership dates from 2007", "which dates back to 2010".
        if (tokens[k].Lower is "which" or "that" && k + 1 < tokens.Count && DatesFromClause.At(tokens, k + 1)) k++;
        if (DatesFromClause.At(tokens, k)) return YearAfter(tokens, k + 1);
        // ", established in 2011": a participle set off by a comma.
        if (tokens[k].Text == ",") return k + 1 < tokens.Count && FoundingForms.Contains(tokens[k + 1].Text) ? YearAfter(tokens, k + 2) : null;
        // "the partnership was established in 2012": a passive of founding.
        if (tokens[k].Lower is "was" or "were")
            return k + 1 < tokens.Count && FoundingForms.Contains(tokens[k + 1].Text) ? YearAfter(tokens, k + 2) : null;
        // "the partnership (that) both sides founded in 2009": a relative or contact clause whose subject is the sides.
        if (tokens[k].Lower is "that" or "which") k++;
        var subject = 0;
        for (; k < tokens.Count && subject <= 6; k++, subject++)
        {
            var t = tokens[k];
            if (subject > 0 && FoundingForms.Contains(t.Text)) return YearAfter(tokens, k + 1);
            if (subject > 0 && Auxiliaries.Contains(t.Text)) continue;
            if (!t.IsWord || !(t.IsCapitalized || SubjectWords.Contains(t.Text))) return null;
        }
        return null;
    }

    /// <summary>"in 2009", "up in 2016", "back to 2010", "in March 2012": the year within a short time phrase at <paramref name="k"/>.</summary>
    private static int? YearAfter(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower is "up" or "back") k++;
        if (k >= tokens.Count || tokens[k].Lower is not ("in" or "from" or "to")) return null;
        for (var j = k + 1; j < tokens.Count && j <= k + 3; j++)
        {
            if (OldYear.InName(tokens[j]) is { } year) return year;
            if (!tokens[j].IsWord) return null;
        }
        return null;
    }

    /// <summary>"strategic", "comprehensive", "cooperative": a lower-case word naming the partnership's tier, not a determiner.</summary>
    private static bool IsTierWord(Token t) =>
        t.IsWord && !t.IsCapitalized && t.Lower is not ("a" or "an" or "the" or "this" or "that" or "their" or "its" or "our" or "new" or "of" or "and");
}
