using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "In Tarvia, Olen Marsk said ...", "On 3 May 1790, at Dornhaven, Piet Halvor signed ...": a place adjunct fronted at the
/// start of the sentence (alone or after a fronted date) is closed by its comma, and the name after that comma is the
/// clause's subject, not one more place of the adjunct (pattern: news and histories front where before who).
/// </summary>
internal static class FrontedLocativeAdjunct
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "at" };

    private static readonly HashSet<string> FrontedOpeners = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "after", "before", "by", "during", "later", "earlier", "then", "since", "until",
    };

    /// <summary>The name at <paramref name="first"/> follows the comma that closes a fronted "in/at Place" adjunct.</summary>
    public static bool Closes(IReadOnlyList<Token> tokens, int first)
    {
        if (first < 3 || tokens[first - 1].Text != ",") return false;
        var p = first - 2;
        var placeWords = 0;
        while (p >= 0 && tokens[p].IsWord && tokens[p].IsCapitalized && !Prepositions.Contains(tokens[p].Lower)) { p--; placeWords++; }
        if (p < 0 || placeWords is 0 or > 4 || !Prepositions.Contains(tokens[p].Lower)) return false;
        var start = 0;
        while (start < p && !tokens[start].IsWord) start++;
        if (p == start) return true;
        // "On 3 May 1790, at Dornhaven, X ...": one fronted adjunct (a date or time) before it, closed by its own comma.
        if (tokens[p - 1].Text != "," || !FrontedOpeners.Contains(tokens[start].Lower)) return false;
        for (var t = start + 1; t < p - 1; t++)
            if (tokens[t].Text == "," || !tokens[t].IsWord) return false;
        return true;
    }
}
