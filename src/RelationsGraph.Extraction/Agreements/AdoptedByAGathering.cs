using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Act of Tolosa, adopted by the regional organisation in 1961", "the Harbour Declaration adopted at the bloc's opening summit in
/// 1994", "the Lindberg Plan and the Final Act of Lindberg, both adopted by the continent's leaders", "whose own charter had been
/// adopted at Vesna in 2001": a document told, right after its name, as adopted by a body or at a gathering is a gathering's
/// text of many states. The two countries a story is about are no evidence of its sides (the pattern: "adopted" in the passive
/// names a conference or an organisation as the maker, not a pair of states), so it takes no principal countries.
/// "adopted by the two leaders", "adopted by both sides" name the pair and do not count.
/// </summary>
internal static class AdoptedByAGathering
{
    /// <summary>Words that may stand between the document and its passive participle (", both adopted", "had since been adopted").</summary>
    private static readonly FrozenSet<string> Between = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", "both", "all", "each", "had", "has", "have", "was", "were", "been", "since", "first", "later", "originally", "formally" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the participle may run before its "by" or "at" ("adopted in September 1961 by the ...").</summary>
    private const int Reach = 6;

    public static bool Told(Agreement agreement) => agreement.Mentions.Any(m => After(m.Sentence.Tokens, m.TokenEnd) || AdoptedByItsSubject(m.Sentence.Tokens, m.TokenStart));

    /// <summary>Gathering nouns that, as the subject of an active "adopted", name a conference as a document's maker.</summary>
    private static readonly FrozenSet<string> Gatherings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "summit", "conference", "session", "assembly", "forum", "congress", "plenary", "gathering", "ministerial" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The active form: "the seventh conference, held in the port in 2019, adopted the earlier Harbour Declaration", "the
    /// summit adopted a declaration": a gathering noun as the subject of "adopted" (an aside between them allowed) names a
    /// conference of many states as the maker, as the passive does (the pattern: news of recurring summits telling each
    /// edition's declaration).
    /// </summary>
    internal static bool AdoptedByItsSubject(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k >= 0 && start - k <= 3 && tokens[k].Lower is "the" or "a" or "an" or "its" or "their" or "earlier" or "final" or "joint" or "first") k--;
        if (k < 1 || tokens[k].Lower != "adopted") return false;
        k--;
        // ", held in the port in 2019,": an aside between the subject and its verb.
        if (tokens[k].Text == ",")
        {
            var open = k - 1;
            while (open >= 0 && k - open <= 10 && tokens[open].Text != ",") open--;
            if (open < 0 || tokens[open].Text != ",") return false;
            k = open - 1;
        }
        return k >= 0 && Gatherings.Contains(tokens[k].Text);
    }

    /// <summary>A passive "adopted" right after the document's phrase, with "by" or "at" that names no pair ("by the two", "by both").</summary>
    internal static bool After(List<Token> tokens, int end)
    {
        // "the Act" of "the Act of Tolosa, adopted": the title's own words run on past the noun.
        var k = end;
        while (k < tokens.Count && k < end + 8 && (tokens[k].Lower is "of" or "on" or "for" or "the" || tokens[k].Text.Length > 0 && char.IsUpper(tokens[k].Text[0]))) k++;
        var title = k;
        while (k < tokens.Count && k < title + 4 && Between.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || tokens[k].Lower != "adopted") return false;
        for (var j = k + 1; j < tokens.Count && j <= k + Reach && tokens[j].Text is not ("," or ";" or "." or "and"); j++)
        {
            if (tokens[j].Lower == "at") return true;
            if (tokens[j].Lower != "by") continue;
            var next = j + 1 < tokens.Count ? tokens[j + 1].Lower : "";
            var after = j + 2 < tokens.Count ? tokens[j + 2].Lower : "";
            return next is not ("both" or "each") && !(next == "the" && after is "two" or "both");
        }
        return false;
    }
}
