using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the 1987 understanding", "a nine-point understanding", "the 2003 ceasefire understanding": news names a looser, often
/// unsigned accord between governments by the noun "understanding", and a year or a counted set of points before the noun
/// marks it as one text of a time. A bare "understanding", even one "reached", is as often a meeting of minds the story never
/// treats as a document, and the noun is also a state of mind ("mutual understanding", "respect and understanding") or a word
/// of a longer phrase ("memorandum of understanding", "a treaty on understanding"), so those name nothing here. The document
/// keeps its own noun in its name.
/// </summary>
internal static class UnderstandingAsDocument
{
    public static bool IsNoun(string lower) => lower is "understanding";

    /// <summary>Whether the noun at <paramref name="i"/> names a document: a year or a count of points within its phrase.</summary>
    public static bool At(List<Token> tokens, int i)
    {
        if (!IsNoun(tokens[i].Lower) || i == 0) return false;
        if (tokens[i - 1].Lower is "of" or "on" or "and" or "or" or "," or "in") return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "and" or "'s") return false;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            var t = tokens[k];
            if (t.Text.Length == 4 && t.Text.All(char.IsDigit) && t.Text[0] is '1' or '2') return true;
            // "a nine-point understanding" is one word; "a 12-point understanding" is the number, a hyphen and "point".
            if (t.Lower.EndsWith("-point", StringComparison.Ordinal) || t.Lower == "point" && k >= 2 && tokens[k - 1].Text == "-" && tokens[k - 2].Text.All(char.IsDigit)) return true;
            // "the 2003 ceasefire understanding", "a written nine-point understanding": words of the same phrase between.
            if (t.Lower is not ("ceasefire" or "cease-fire" or "truce" or "border" or "written" or "formal")) return false;
        }
        return false;
    }

    /// <summary>The name label of a document whose first mention is headed by the noun, else null.</summary>
    public static string? Label(string head) => IsNoun(head) ? "understanding" : null;
}
