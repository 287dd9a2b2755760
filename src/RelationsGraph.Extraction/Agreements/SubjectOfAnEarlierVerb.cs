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
}
