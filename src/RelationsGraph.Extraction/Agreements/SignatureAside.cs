using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "put his name, with the other envoy, to the accord", "put their names at noon on Tuesday to the charter", "set their
/// names and seals on both copies": a signature phrase may hold a short aside, a time, a place or a second signature noun between its
/// noun and the "to" that brings in the text (the pattern: like any verb phrase, a placing phrase takes its adjuncts before
/// its object). Only a comma-parted aside opened by a preposition, or a time or place of names, numbers and time words counts.
/// </summary>
internal static class SignatureAside
{
    /// <summary>How many words an aside may hold before the "to".</summary>
    private const int Reach = 7;

    /// <summary>Prepositions that open a comma-parted aside: "with B", "alongside B", "for Vestria", "in turn".</summary>
    private static readonly FrozenSet<string> AsideOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "with", "alongside", "for", "in", "on", "at", "together", "like" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words of a time or place adjunct: "on Monday night", "one by one", "at noon", "in turn".</summary>
    private static readonly FrozenSet<string> AdjunctWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "on", "in", "at", "one", "by", "after", "night", "morning", "afternoon", "evening", "noon", "midnight", "pm", "am", "turn", "later", "each", "day" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"their names and seals": past a second signature noun joined by "and", else right after the noun.</summary>
    public static int PairedNounEnd(List<Token> tokens, int noun, Func<string, bool> signsWith) =>
        noun + 2 < tokens.Count && tokens[noun + 1].Lower == "and" && signsWith(tokens[noun + 2].Lower) ? noun + 3 : noun + 1;

    /// <summary>The "to" past an aside that opens at <paramref name="k"/>, or -1.</summary>
    public static int To(List<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count) return -1;
        if (tokens[k].Text == ",")
        {
            // ", with Bazrpash, to the agreement": a preposition opens the aside, a comma closes it right before "to".
            if (!AsideOpeners.Contains(tokens[k + 1].Text)) return -1;
            for (var c = k + 2; c < tokens.Count - 1 && c <= k + Reach; c++)
            {
                if (tokens[c].Text is ";" or "." or ":") return -1;
                if (tokens[c].Text == ",") return tokens[c + 1].Lower == "to" ? c + 1 : -1;
            }
            return -1;
        }
        // "on Monday night to", "in Geneva on 4 May to", "one by one to": names, numbers and time words only.
        if (!AdjunctWords.Contains(tokens[k].Text)) return -1;
        for (var c = k + 1; c < tokens.Count && c <= k + Reach; c++)
        {
            if (tokens[c].Lower == "to") return c > k + 1 ? c : -1;
            if (!(tokens[c].IsWord && tokens[c].IsCapitalized || tokens[c].Text.All(char.IsDigit) || AdjunctWords.Contains(tokens[c].Text))) return -1;
        }
        return -1;
    }
}
