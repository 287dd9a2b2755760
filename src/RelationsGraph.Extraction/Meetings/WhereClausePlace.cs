using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "arrived from Bangkok, where he had attended the summit", "flies to Erbil, capital of the region, where he is due to meet
/// X": a place followed by ", where" (after at most a short apposition) is where the gathering of that relative clause is
/// held, whatever word led to the place (pattern: a relative "where" clause about a named place).
/// </summary>
internal static class WhereClausePlace
{
    /// <summary>How far an apposition between the place and ", where" may run ("capital of the semi-autonomous Kurdistan Region").</summary>
    private const int MaxApposition = 10;

    /// <summary>How far into the where-clause the meeting reference may stand.</summary>
    private const int MaxReach = 12;

    public static bool Is(List<Token> tokens, Mention place, MeetingMention m)
    {
        if (place.TokenEnd >= m.TokenStart || place.TokenEnd >= tokens.Count || tokens[place.TokenEnd].Text != ",") return false;
        // "Erbil, capital of the Kurdistan Region, where": the region is the apposition's, the clause is about Erbil.
        var before = place.TokenStart - 1;
        while (before > 0 && place.TokenStart - before <= 3 && tokens[before].IsWord && !tokens[before].IsCapitalized && tokens[before].Lower != "of") before--;
        if (before >= 0 && tokens[before].Lower == "of") return false;
        var where = -1;
        for (var k = place.TokenEnd; k < m.TokenStart && k - place.TokenEnd <= MaxApposition; k++)
        {
            if (tokens[k].Lower == "where" && tokens[k - 1].Text == ",") { where = k; break; }
            if (tokens[k].Lower is "who" or "which" or "that" or "when" or "and" || tokens[k].Text is ";" or "(" or ")") return false;
        }
        if (where < 0 || m.TokenStart - where > MaxReach) return false;
        // The gathering is told inside the where-clause: no other clause opens between "where" and the reference.
        for (var k = where + 1; k < m.TokenStart; k++)
            if (tokens[k].Text is "," or ";" || tokens[k].Lower is "where" or "which" or "who") return false;
        return true;
    }
}
