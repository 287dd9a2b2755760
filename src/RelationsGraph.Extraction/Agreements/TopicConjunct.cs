using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "an agreement on scientific and technical cooperation", "a memorandum on trade and investment", "a deal on science and
/// technology", "an accord on exchanging and protecting classified information": a short topic whose head or modifier is
/// two lower-case words joined by "and" runs through the "and" (the pattern: news names an untitled document by a
/// coordinated field, and cutting it at "and" leaves "an agreement on economic"). Only a short conjunct of bare lower-case
/// words that the phrase ends after, or a preposition continues, is taken in: "an agreement on fisheries and another on
/// transport", "on trade and a memorandum on ...", "on trade and signed ...", "on trade and officials said" keep their stop.
/// </summary>
internal static class TopicConjunct
{
    /// <summary>How many words the topic may have before the "and" (longer runs are clauses, not a coordinated field).</summary>
    private const int MaxBefore = 4;

    /// <summary>How many bare words the conjunct after "and" may have.</summary>
    private const int MaxAfter = 3;

    /// <summary>Words that open another phrase or clause, never the second half of a coordinated field.</summary>
    private static readonly FrozenSet<string> NoConjunct = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "another", "other", "others",
        "also", "then", "later", "so", "which", "who", "while", "but", "and", "or", "not", "both", "each", "all", "two", "three",
        "he", "she", "they", "we", "it", "i", "you", "was", "were", "is", "are", "will", "would", "has", "had", "have", "be",
        "been", "can", "could", "may", "said", "says", "agreed", "signed", "sign", "held", "met", "made", "left", "took",
        "officials", "ministers", "leaders", "delegations", "sides", "presidents", "governments", "countries", "several",
        "to", "in", "on", "at", "for", "with", "of", "by", "from", "as", "into", "over", "under",
        // "on X and letters of intent on Y": other documents the sentence lists, which the kind words do not cover.
        "letter", "letters", "note", "notes", "contract", "contracts", "plan", "plans", "programme", "programmes", "program",
        "programs", "deals", "statements", "declarations", "documents", "instruments",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokens after which the conjunct's phrase may end.</summary>
    private static readonly FrozenSet<string> Boundaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", ":", "—", "–", "(", ")", "?", "!", "and", "in", "at", "on", "for", "with", "between", "during",
        "from", "to", "by", "of", "was", "were", "is", "are", "will", "would", "has", "had", "signed", "that", "which",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsBareWord(List<Token> tokens, int k, bool first) =>
        k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].Text.All(char.IsDigit) && !NoConjunct.Contains(tokens[k].Text)
        // "and signed", "and pledged": a past verb right after "and" opens a new clause ("and protecting classified data" stays).
        && !(first && tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        // "and memoranda on ...": another document, not the field.
        && AgreementKinds.KindOf(TopicItemsOfAPlural.Singular(tokens[k].Text), null) is null;

    /// <summary>
    /// Where the topic opened by the preposition at <paramref name="preposition"/> goes on after the "and" at
    /// <paramref name="and"/> (the token after the conjunct), or -1 when the "and" ends it.
    /// </summary>
    public static int End(List<Token> tokens, int preposition, int and)
    {
        if (tokens[and].Lower != "and" || and - preposition - 1 is < 1 or > MaxBefore) return -1;
        for (var k = preposition + 1; k < and; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return -1;
        if (!IsBareWord(tokens, and - 1, false)) return -1;
        var j = and + 1;
        while (j < tokens.Count && j - and <= MaxAfter && IsBareWord(tokens, j, j == and + 1)) j++;
        if (j == and + 1 || j - and - 1 > MaxAfter) return -1;
        return j >= tokens.Count || Boundaries.Contains(tokens[j].Text) ? j : -1;
    }
}
