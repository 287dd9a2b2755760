using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The last one, the eighth, was held in Chengdu in December 2019, with A, B and C", "The previous one was held in
/// Lima in 2018": a recurring gathering's earlier edition, told by "one" after "last", "previous", "first" or an ordinal
/// as the subject of "was held", names a gathering of its own — with the place, date and people of its clause — and
/// never the one the article reports (pattern: pronoun "one" standing for an earlier edition of the series). The same
/// pronoun with a reduced relative ("no summit since the first one, held in Lisbon in 2004") tells that edition wherever
/// its noun phrase stands (see <see cref="ReducedRelative"/>).
/// </summary>
internal static class EarlierEditionByPronoun
{
    private static readonly FrozenSet<string> EarlierWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "last", "previous", "preceding", "prior", "first", "earlier", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The "held" of "the last one ... was held": the subject opens its clause and the verb follows within a short appositive.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower == "held" && ReducedRelative(tokens, i)) return true;
        if (tokens[i].Lower != "held" || i < 4 || tokens[i - 1].Lower is not ("was" or "were" or "been")) return false;
        // The subject "one", within a few words before the verb (an appositive "the eighth," may stand between them).
        for (var k = i - 2; k >= Math.Max(1, i - 8); k--)
        {
            if (tokens[k].Text is ";" or ":") return false;
            if (tokens[k].Lower != "one") continue;
            if (!EarlierWords.Contains(tokens[k - 1].Lower)) return false;
            // "The last one" opening the sentence or a clause after a semicolon or a conjunction.
            var head = k - 2;
            if (head < 0 || tokens[head].Lower is not ("the" or "its" or "their")) return false;
            return head == 0 || tokens[head - 1].Text is ";" or "," || tokens[head - 1].Lower is "and" or "but" or "while";
        }
        return false;
    }

    /// <summary>
    /// "since the first one, held in Lisbon in 2004", "unlike the previous one, held in Accra": "held" opening a participle
    /// clause right after "the/its/their" + an earlier word + "one" and a comma. The participle attaches to the pronoun
    /// itself, so the phrase may stand anywhere in the sentence, after a preposition too (pattern: a reduced relative
    /// clause describing an earlier edition named by "one").
    /// </summary>
    private static bool ReducedRelative(List<Token> tokens, int i) =>
        i >= 4 && tokens[i - 1].Text == "," && tokens[i - 2].Lower == "one" && EarlierWords.Contains(tokens[i - 3].Lower) &&
        tokens[i - 4].Lower is "the" or "its" or "their";
}
