using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Velmora accords", "the Harrow Canal treaties", "the 1992 Kestrin agreements", "the Orlen and Varn agreements",
/// "the Anders–Vell Treaties", "the Treaties of Marvelle": a proper name (of one or more words, or two joined by "and" or
/// a dash) before a plural document noun, or a capitalised plural with its own "of" name, titles one set of documents that
/// history and the news treat as a single instrument (the pattern: a named plural is one document's title, not a count).
/// A bare plural ("signed three agreements", "the treaties") is no title.
/// </summary>
internal static class NamedPluralDocuments
{
    /// <summary>The kind of a plural document noun that a name can title, else null.</summary>
    public static string? KindOf(string lower) => lower switch
    {
        "agreements" or "accords" or "protocols" => "agreement",
        "treaties" => "treaty",
        _ => null,
    };

    /// <summary>How many words a name before the plural may take.</summary>
    private const int NameReach = 4;

    /// <summary>
    /// The first token of the name before the plural at <paramref name="noun"/> when "the" (and perhaps a year) opens it, else -1.
    /// A country's name right before the noun or before "and" makes a list of sides ("the Kenya agreements"), not a title.
    /// </summary>
    public static int NameStart(List<Token> tokens, int noun, Func<int, bool> countryAt)
    {
        if (noun < 2 || KindOf(tokens[noun].Lower) is null) return -1;
        if (!IsNameWord(tokens[noun - 1]) || countryAt(noun - 1)) return -1;
        var start = noun - 1;
        for (var words = 1; start > 1 && words < NameReach; words++)
        {
            var k = start - 1;
            if (IsNameWord(tokens[k])) { start = k; continue; }
            // "Anders–Vell", "Orlen and Varn": two names joined.
            if ((tokens[k].Text is "-" or "–" || tokens[k].Lower == "and") && IsNameWord(tokens[k - 1]) && !(tokens[k].Lower == "and" && (countryAt(k - 1) || countryAt(k + 1))))
            {
                start = k - 1;
                continue;
            }
            break;
        }
        var before = start - 1;
        if (before > 0 && tokens[before].Text.Length == 4 && tokens[before].Text.All(char.IsDigit)) before--;
        return before >= 0 && tokens[before].Lower == "the" ? start : -1;
    }

    /// <summary>
    /// "the Anders–Vell Treaties", "the Orlen Protocols", "the Treaties of Marvelle": a capitalised plural after a name word
    /// or before "of" and a name.
    /// </summary>
    public static bool CapitalisedAt(List<Token> tokens, int noun) =>
        tokens[noun].Text is "Accords" or "Agreements" or "Treaties" or "Protocols"
        && (noun > 0 && tokens[noun - 1].IsCapitalized && tokens[noun - 1].IsWord
            || noun > 0 && tokens[noun - 1].Lower == "the" && noun + 2 < tokens.Count && tokens[noun + 1].Text == "of" && tokens[noun + 2].IsCapitalized && tokens[noun + 2].IsWord);

    private static bool IsNameWord(Token t) => t.IsCapitalized && t.IsWord && t.Lower != "the" && !Lexicon.NotNames.Contains(t.Text);
}
