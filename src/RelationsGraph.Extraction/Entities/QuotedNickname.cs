using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Foreign Minister J.K. "Bud" Tarrow", "Ana “Lu-Mei” Vasco": a nickname in quotes between a person's given name (or initials)
/// and surname is part of the one name, quotes and all (pattern: news gives a well-known nickname inside the full name). The
/// quotes must hug the nickname, with a space outside each, and a capitalised name word must stand on both sides, so a quoted
/// phrase after a name ("Orvik "Strongly" ...") with nothing name-like after it is left alone.
/// </summary>
internal static class QuotedNickname
{
    private static bool IsOpening(string t) => t is "\"" or "“" or "‘" or "'";

    private static bool Closes(string open, string t) =>
        open switch { "“" => t is "”" or "\"", "‘" => t is "’" or "'", _ => t == open };

    private static bool IsNameWord(Token t) => t.Text.Length > 0 && char.IsUpper(t.Text[0]) && t.Text.Any(char.IsLetter);

    /// <summary>
    /// With an opening quote at <paramref name="open"/>, right after a name word: the index of the surname's first word after the
    /// closing quote, or -1 when no nickname of one to three words (hyphens between) stands there.
    /// </summary>
    public static int SurnameAfter(List<Token> tokens, int open)
    {
        if (open < 1 || open + 3 >= tokens.Count || !IsOpening(tokens[open].Text)) return -1;
        if (!IsNameWord(tokens[open - 1]) || tokens[open].Start == tokens[open - 1].End) return -1;
        if (tokens[open + 1].Start != tokens[open].End || !IsNameWord(tokens[open + 1]) || !tokens[open + 1].Text.Any(char.IsLower)) return -1;
        var k = open + 2;
        var words = 1;
        for (; k < tokens.Count && k - open <= 5 && !Closes(tokens[open].Text, tokens[k].Text); k++)
        {
            if (tokens[k].Text == "-") continue;
            if (!IsNameWord(tokens[k]) || ++words > 3) return -1;
        }
        if (k + 1 >= tokens.Count || !Closes(tokens[open].Text, tokens[k].Text) || tokens[k].Start != tokens[k - 1].End || tokens[k - 1].Text == "-") return -1;
        var surname = tokens[k + 1];
        return surname.Start > tokens[k].End && IsNameWord(surname) && surname.Text.Any(char.IsLower) ? k + 1 : -1;
    }

    /// <summary>Whether the quote at <paramref name="i"/> opens or closes a nickname inside a name.</summary>
    public static bool IsQuoteAt(List<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        if (t.Length != 1 || !(IsOpening(t) || t is "”" or "’")) return false;
        if (SurnameAfter(tokens, i) > 0) return true;
        for (var open = i - 2; open >= Math.Max(0, i - 6); open--)
            if (SurnameAfter(tokens, open) == i + 1) return true;
        return false;
    }
}
