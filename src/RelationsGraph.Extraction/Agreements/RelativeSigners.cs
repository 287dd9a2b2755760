using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the two foreign ministers, A and B, who signed it", "Minister C, who had signed it": a relative "who" whose antecedent
/// is a name, or names joined by "and", right before it (the pattern: a relative clause's subject is the phrase it hangs on).
/// "A and B were among those who signed": the antecedent is a group the subject of "were among" belongs to, so that subject signed.
/// </summary>
internal static class RelativeSigners
{
    /// <summary>Words that may stand between "who" and the verb: "who also signed", "who had signed".</summary>
    private static readonly FrozenSet<string> Between = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "also", "had", "have", "has", "then", "later", "personally", "jointly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people the "who" before the signing verb at <paramref name="verb"/> stands for; empty when there is none.</summary>
    public static IEnumerable<Mention> At(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        var who = verb - 1;
        while (who >= 0 && Between.Contains(tokens[who].Text)) who--;
        if (who >= 1 && tokens[who].Lower == "who" && AmongThose(tokens, who) is var copula and >= 0) return NamesEndingAt(tokens, persons, copula);
        if (who < 1 || tokens[who].Lower != "who" || tokens[who - 1].Text != ",") return [];
        // "A and B, who": the names joined by "and" (or a list comma) that end at the comma.
        return NamesEndingAt(tokens, persons, who - 1);
    }

    /// <summary>
    /// "X and Y were among those who signed", "X was among the leaders who signed it": the copula before "among", when
    /// "among" opens the antecedent of "who" (at most three words: "those", "the leaders", "the first states"); else -1.
    /// </summary>
    private static int AmongThose(List<Token> tokens, int who)
    {
        for (var k = who - 1; k >= 1 && k >= who - 4; k--)
            if (tokens[k].Lower == "among") return tokens[k - 1].Lower is "was" or "were" ? k - 1 : -1;
        return -1;
    }

    /// <summary>
    /// The names joined by "and" (or a list comma) whose last one ends at <paramref name="end"/>, walking back from it: the
    /// antecedent before ", who", or the subject before "were among".
    /// </summary>
    private static List<Mention> NamesEndingAt(List<Token> tokens, IReadOnlyList<Mention> persons, int end)
    {
        var last = persons.FirstOrDefault(p => p.TokenEnd == end);
        if (last is null) return [];
        var found = new List<Mention> { last };
        for (var current = last; ;)
        {
            var previous = persons.LastOrDefault(p => p.TokenEnd < current.TokenStart && current.TokenStart - p.TokenEnd <= 1 + TitleLength(tokens, p.TokenEnd + 1, current.TokenStart) && tokens[p.TokenEnd].Text is "and" or ",");
            if (previous is null) break;
            found.Add(previous);
            current = previous;
        }
        return found;
    }

    /// <summary>Capitalised title words ("Foreign Minister") between a joining word and the next name.</summary>
    private static int TitleLength(List<Token> tokens, int from, int to)
    {
        var n = 0;
        // "and Argentina's Y": a country's possessive reads as a title word.
        for (var k = from; k < to && (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "'s" or "’s"); k++) n++;
        return n;
    }
}
