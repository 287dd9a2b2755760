using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X, chief of the northern command, had been present from the first day and signed for his side", "X led the delegation
/// and signed alongside Y": a signing verb coordinated by "and" with an earlier verb of the same clause shares that verb's
/// subject, the name opening the sentence (the pattern: two verbs joined by "and" with no subject of their own between
/// tell two acts of one person).
/// </summary>
internal static class SubjectOfAnEarlierVerb
{
    /// <summary>Words that end the first verb's phrase: another clause or a report begins.</summary>
    private static readonly FrozenSet<string> Breaks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", ";", ":", ".", "(", ")", "\"", "“", "”", "who", "whom", "whose", "which", "that", "while", "but", "when", "where", "said", "says", "told", "and", "or" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finite verbs and auxiliaries that are no past participle in "-ed" and may open the first verb's phrase.</summary>
    private static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "had", "has", "have", "was", "were", "is", "are", "went", "met", "came", "took", "made", "gave", "held", "spoke", "rose", "sat", "stood", "then", "also", "later", "first" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the first verb's phrase may take; how many the name's apposition may.</summary>
    private const int PhraseReach = 20;
    private const int AppositionReach = 16;

    /// <summary>The name opening the sentence whose verb phrase runs up to the "and" at <paramref name="and"/>, if any.</summary>
    public static Mention? At(List<Token> tokens, IReadOnlyList<Mention> persons, int and)
    {
        var first = persons.FirstOrDefault();
        if (first is null || first.TokenEnd >= and) return null;
        // Only a title of capitalised words before the name: it opens the sentence.
        for (var k = 0; k < first.TokenStart; k++)
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized)) return null;
        var verb = first.TokenEnd;
        // "X, chief of the northern command, had been ...": the name's apposition set off by commas.
        if (tokens[verb].Text == ",")
        {
            var close = -1;
            for (var k = verb + 1; k < and && k <= verb + AppositionReach; k++)
            {
                if (tokens[k].Text == ",") { close = k; break; }
                if (Breaks.Contains(tokens[k].Text)) return null;
            }
            if (close < 0) return null;
            verb = close + 1;
        }
        if (verb >= and || and - verb > PhraseReach || !tokens[verb].IsWord || tokens[verb].IsCapitalized
            || !(Verbs.Contains(tokens[verb].Text) || tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal))) return null;
        for (var k = verb; k < and; k++)
            if (Breaks.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k)) return null;
        return first;
    }

    /// <summary>Number words of a counted group noun ("the two delegates", "both envoys") and the count they give.</summary>
    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase) { ["two"] = 2, ["both"] = 2, ["three"] = 3 };

    /// <summary>Prepositions that open a fronted phrase of place or time before the subject ("At the palace the two ...").</summary>
    private static readonly FrozenSet<string> Fronts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "at", "in", "on", "inside", "after", "later" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "At the lodge the two Norland envoys, A and B, sat down together and signed for Norland", "The two delegates, A, the
    /// minister, and B, his deputy, were shown into the hall and signed first": a counted group noun opening the sentence
    /// (past a short fronted phrase of place or time) with its names set off by commas is the subject of the earlier verb,
    /// so every name of the apposition signs (the pattern: "the two Xs, A and B," names the members of a group subject).
    /// Empty unless the apposition holds exactly as many names as the number word counts.
    /// </summary>
    public static IReadOnlyList<Mention> GroupAt(List<Token> tokens, IReadOnlyList<Mention> persons, int and)
    {
        // The number word: "the two" or "both", opening the sentence or right after a fronted phrase.
        var g = -1;
        for (var k = 0; k < and && k <= 10; k++)
            if (Counts.ContainsKey(tokens[k].Text) && (tokens[k].Lower == "both" || k > 0 && tokens[k - 1].Lower == "the")) { g = k; break; }
        if (g < 0) return [];
        var head = tokens[g].Lower == "both" ? g : g - 1;
        if (head > 0)
        {
            if (!Fronts.Contains(tokens[0].Text) || !tokens[0].IsCapitalized) return [];
            for (var k = 1; k < head; k++)
                if (Breaks.Contains(tokens[k].Text) && !(tokens[k].Text == "," && k == head - 1) || persons.Any(p => p.TokenStart == k)) return [];
        }
        // The group noun: a few words ending in a plural, then the comma that opens the names.
        var open = -1;
        for (var k = g + 1; k < and && k <= g + 5; k++)
        {
            if (tokens[k].Text == ",") { open = k; break; }
            if (!tokens[k].IsWord) return [];
        }
        if (open < 0 || open == g + 1 || !tokens[open - 1].Lower.EndsWith('s')) return [];
        if (persons.FirstOrDefault(p => p.TokenStart == open + 1) is null) return [];
        // The names and their descriptions up to the comma before the verb.
        for (var k = open + 1; k < and && k <= open + 2 * AppositionReach; k++)
        {
            if (tokens[k].Text != ",")
            {
                if (Breaks.Contains(tokens[k].Text) && tokens[k].Lower != "and") return [];
                continue;
            }
            var verb = k + 1;
            if (verb >= and || !tokens[verb].IsWord || tokens[verb].IsCapitalized
                || !(Verbs.Contains(tokens[verb].Text) || tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal))) continue;
            // "A, the Foreign Minister, and B": a description that names A's office again is A, counted once.
            var names = persons.Where(p => p.TokenStart > open && p.TokenEnd <= k).DistinctBy(p => p.EntityId).ToList();
            if (names.Count != Counts[tokens[g].Text] || and - verb > PhraseReach) return [];
            for (var j = verb; j < and; j++)
                if (Breaks.Contains(tokens[j].Text) || SigningVerb.IsAt(tokens, j)) return [];
            return names;
        }
        return [];
    }
}
