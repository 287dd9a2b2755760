using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "at the Amber Regent Pagoda", "laid a wreath at the Stone of Valour", "joined the Reed and River plan": a single unknown
/// capitalised word after "the" that is followed straight away by another capitalised word, or by "of" or "and" and a
/// capitalised word, is the first word of a longer proper name the chunker cut (at a title word, "of" or "and"), not a
/// place of its own (pattern: the definite article before a multi-word proper name of a monument, a building or a programme).
/// </summary>
internal static class HeadOfALongerName
{
    /// <summary>"European", "Asian", "Baltic": an adjective after the name makes it a modifier of the name after it.</summary>
    private static bool AdjectiveShaped(string w) => w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) ||
        w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal);


    /// <summary>
    /// True when the one-word name at <paramref name="first"/> (ending at <paramref name="end"/>) heads a longer name. A known
    /// word after it ("the Kessel European Council") makes the name a modifier of that known name, read elsewhere; "the Kessel
    /// and Tarvik islands" coordinates two names before a lowercase noun, and each is a place.
    /// </summary>
    public static bool Heads(List<Token> tokens, int first, int end, Func<string, bool> known)
    {
        if (end != first + 1 || first < 1 || tokens[first - 1].Lower != "the" || end >= tokens.Count) return false;
        var next = tokens[end];
        if (next.Start > tokens[end - 1].End && next.IsWord && next.IsCapitalized) return !known(next.Text) && !AdjectiveShaped(next.Text);
        if (next.Lower is not ("of" or "and") || end + 1 >= tokens.Count || !tokens[end + 1].IsWord || !tokens[end + 1].IsCapitalized ||
            tokens[end + 1].Lower == "the") return false;
        return next.Lower == "of" || end + 2 >= tokens.Count || !(tokens[end + 2].IsWord && !tokens[end + 2].IsCapitalized);
    }
}
