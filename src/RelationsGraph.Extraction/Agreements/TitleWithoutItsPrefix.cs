using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Marlow-Tessin Friendship Treaty" then "the Friendship Treaty", "the Lakeport Declaration of Principles" then "the
/// Declaration of Principles": a title whose leading proper names (the sides, the place of signing) a reporter drops once they are clear
/// names the same document (the pattern: a short title is the full title without its owners). The dropped words must all be
/// names (capitalised, only "of" between them), so that "Additional Protocol to the Framework Agreement" stays another document,
/// and the short title must keep a word of its own beyond the kind of document, so that a bare "Joint Declaration" or "Peace
/// Agreement" is not taken for any side's document.
/// </summary>
internal static class TitleWithoutItsPrefix
{
    /// <summary>Whether one title is the other with one to four leading name words dropped.</summary>
    public static bool Names(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        var extra = longer.Length - shorter.Length;
        if (extra is < 1 or > 4 || shorter.Length < 2) return false;
        for (var k = 0; k < shorter.Length; k++)
            if (!string.Equals(shorter[k], longer[extra + k], StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = 0; k < extra; k++)
        {
            var w = longer[k];
            var joiner = w == "of" && k > 0 && k < extra - 1;
            if (!joiner && !(char.IsUpper(w[0]) && w.Any(char.IsLetter))) return false;
        }
        return shorter.Any(w => char.IsLetter(w[0]) && !KindWords.Contains(w) && !FunctionWords.Contains(w));
    }

    private static string[] Words(string title)
    {
        var words = title.Split([' ', '-', '\u2013', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
    }

    /// <summary>Words that only say what kind of document it is, or of what general sort.</summary>
    private static readonly FrozenSet<string> KindWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "agreements", "accord", "accords", "deal", "pact", "treaty", "treaties", "declaration", "statement", "communique",
        "communiqué", "memorandum", "understanding", "protocol", "charter", "convention", "plan", "framework", "joint", "final",
        "act", "peace", "ceasefire", "basic", "general", "comprehensive", "interim", "additional", "new", "document",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "of", "on", "for", "the", "and", "between", "to", "in" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
