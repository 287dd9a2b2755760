using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "his deputy, A B", "Norland's vice-president, C D E", "the interior commissar, F G", "the White House chief of staff, H J":
/// a lower-case office noun phrase opened by a possessive or the definite article, closed by a comma, and followed by a two- or
/// three-word capitalised name introduces that name as a person (pattern: office, comma, name, as news writes an apposition
/// before the name). Covers the office nouns the person-noun list lacks: deputies, hyphenated "vice-"/"deputy-" offices,
/// commissars and "chief of staff".
/// </summary>
internal static class StaffOfficeBeforeComma
{
    private static readonly FrozenSet<string> StaffNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "deputy", "commissar", "undersecretary", "vice-chairman", "vice-premier", "vice-president", "vice-chancellor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the name [first, last) of two or three words follows "office-noun-phrase ,".</summary>
    public static bool Introduces(List<Token> tokens, int first, int last)
    {
        if (last - first is < 2 or > 3 || first < 3 || tokens[first - 1].Text != ",") return false;
        for (var k = first; k < last; k++)
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized) return false;
        var noun = first - 2;
        // "chief of staff": the head noun stands two words before "staff".
        if (tokens[noun].Lower == "staff" && noun >= 2 && tokens[noun - 1].Lower == "of" && tokens[noun - 2].Lower == "chief") noun -= 2;
        else if (tokens[noun].IsCapitalized || !IsStaffNoun(tokens[noun].Lower)) return false;
        // The phrase is opened, within three words, by a possessive or the definite article: "his deputy", "the first deputy".
        for (var k = noun - 1; k >= 0 && noun - k <= 3; k--)
        {
            var t = tokens[k];
            if (t.Lower is "his" or "her" or "its" or "their" or "the" || t.Text is "'s" or "’s") return true;
            if (!t.IsWord) return false;
        }
        return false;
    }

    private static bool IsStaffNoun(string word)
    {
        if (StaffNouns.Contains(word)) return true;
        // "vice-president", "deputy-minister": a hyphenated vice or deputy office whose head is a person noun.
        var dash = word.IndexOf('-');
        return dash > 0 && word[..dash] is "vice" or "deputy" && Lexicon.PersonNouns.Contains(word[(dash + 1)..]);
    }
}
