using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A roll of people whose items, long with their offices, are parted by semicolons: "X received the President of A, B; the
/// Prime Minister of C, D; and the Foreign Minister of E, F", "The delegation included the Minister of Defence, G; the
/// Minister of Finance, H; and I". Such a semicolon parts the items of one list, not two clauses, so the people after it are
/// read in the clause that opened the list (pattern: a semicolon-separated list of titled names).
/// </summary>
internal static class SemicolonRoll
{
    /// <summary>Lowercase words that make the part after a semicolon a clause of its own rather than an item of a roll.</summary>
    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "did", "does", "do", "said", "says", "say", "told", "met", "meet", "meets", "went", "came", "left", "took", "made", "gave", "spoke",
        "he", "she", "they", "we", "i", "it", "not", "but", "while", "when", "then", "also", "there", "this", "these", "those",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the semicolon at <paramref name="i"/> parts two items of a roll of people: what follows it (after an optional
    /// "and"), up to the next semicolon or the sentence's end, is a name with its office and no verb of its own; a relative
    /// clause closing the item ("…, whom she invited") is the item's own. The item must name someone (two capitalized words),
    /// and the roll must close on "; and" (at this semicolon or a later one), as a list of semicolon items does.
    /// </summary>
    public static bool SeparatesItems(List<Token> tokens, int i)
    {
        // The item before ends on its name ("the President of A, B;") or on the office set after it ("A, the army's commander;").
        if (tokens[i].Text != ";" || i == 0 || !(tokens[i - 1].IsCapitalized || EndsOnAnApposition(tokens, i)) || !ClosedByAnd(tokens, i)) return false;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Lower == "and") k++;
        if (k >= tokens.Count || !(tokens[k].IsCapitalized || tokens[k].Lower == "the")) return false;
        var capitalized = 0;
        for (; k < tokens.Count && tokens[k].Text != ";"; k++)
        {
            var t = tokens[k];
            if (t.Lower is "who" or "whom" or "whose" or "which" && k > 0 && tokens[k - 1].Text == ",") break;
            if (t.IsCapitalized) { capitalized++; continue; }
            if (ClauseWords.Contains(t.Text) || t.Text is ":" or "\"" or "“" or "”") return false;
            // A past-tense or participle verb ("signed", "arrived") makes a clause; an office's lowercase words do not.
            if (t.Lower.Length > 4 && t.Lower.EndsWith("ed") && t.Lower is not ("retired" or "designated" or "appointed" or "elected" or "united")) return false;
        }
        return capitalized >= 2;
    }

    /// <summary>
    /// "A, vice-chair of the council;", "B, the rebels' commander;": the words before the semicolon, back to a comma that
    /// follows a name, are an office set beside that name, with no verb of their own (pattern: a name with its apposition).
    /// </summary>
    private static bool EndsOnAnApposition(List<Token> tokens, int semicolon)
    {
        for (var k = semicolon - 1; k > 0 && semicolon - k <= 10; k--)
        {
            var t = tokens[k];
            if (t.Text == ",") return tokens[k - 1].IsCapitalized && k < semicolon - 1;
            if (t.Text is ";" or ":" || ClauseWords.Contains(t.Text) || t.Lower is "who" or "whom" or "which") return false;
            if (!t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ed")) return false;
        }
        return false;
    }

    /// <summary>How far a roll's item may run from the end of its name to its semicolon ("A, the deputy minister of foreign affairs of P;").</summary>
    private const int ItemTailReach = 14;

    /// <summary>How many words may stand between an item's semicolon and its name ("; and Gabon's host, President B").</summary>
    private const int ItemHeadReach = 6;

    /// <summary>
    /// "X met the foreign ministers: A, the foreign minister of P; B, the foreign minister of Q; and C": the person starting at
    /// <paramref name="nextStart"/> is the next item of a semicolon roll whose previous item's name ended at
    /// <paramref name="previousEnd"/>, so a meeting that took in the first items of the roll takes in the rest, however far the
    /// offices carry it past the meeting word (pattern: a roll of people met, parted by semicolons). One semicolon must part the
    /// two names, parting items (<see cref="SeparatesItems"/>); before it only the previous name's office, with no clause of its
    /// own; after it only "and", the title words and commas of the next item's head.
    /// </summary>
    public static bool ContinuesList(List<Token> tokens, int previousEnd, int nextStart)
    {
        if (nextStart <= previousEnd || nextStart - previousEnd > ItemTailReach + ItemHeadReach) return false;
        var semicolon = -1;
        for (var k = previousEnd; k < nextStart; k++)
            if (tokens[k].Text == ";")
            {
                if (semicolon >= 0) return false;
                semicolon = k;
            }
        if (semicolon < 0 || semicolon - previousEnd > ItemTailReach || nextStart - semicolon - 1 > ItemHeadReach || !SeparatesItems(tokens, semicolon)) return false;
        // The previous item's tail: its office, not a clause ("A, who chairs the council;" or "A, appointed in May;" ends elsewhere).
        for (var k = previousEnd; k < semicolon; k++)
        {
            var t = tokens[k];
            if (t.Text is ":" or "(" or ")" or "\"" or "“" or "”" || ClauseWords.Contains(t.Text) || t.Lower is "who" or "whom" or "whose" or "which" or "that") return false;
            if (!t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ed")) return false;
        }
        // The next item's head: "and", a title, a country's possessive ("Gabon's host, President B").
        for (var k = semicolon + 1; k < nextStart; k++)
        {
            var t = tokens[k];
            if (!(t.IsCapitalized || t.Text is "," or "'s" or "’s" || t.Lower is "and" or "the" or "of" or "host" || Lexicon.PersonNouns.Contains(t.Text))) return false;
        }
        return true;
    }

    /// <summary>"…; and the Minister of Mining, C": the semicolon at <paramref name="i"/> or a later one opens the roll's last item.</summary>
    private static bool ClosedByAnd(List<Token> tokens, int i)
    {
        for (var k = i; k + 1 < tokens.Count; k++)
            if (tokens[k].Text == ";" && tokens[k + 1].Lower == "and") return true;
        return false;
    }
}
