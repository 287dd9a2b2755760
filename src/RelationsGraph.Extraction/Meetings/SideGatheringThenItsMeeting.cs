using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On the fringes of the forum the premier held separate meetings with A and B": when a clause opens with the gathering
/// named after "sidelines of" / "margins of" / "fringes of" and goes on, with no comma, to a subject and its verb, the later
/// meeting noun is the side meeting itself, not more words of the gathering's name (pattern: a fronted sidelines phrase
/// sets the scene for the side meetings the main clause tells). The comma case is already a boundary (EventBoundary.Between).
/// </summary>
internal static class SideGatheringThenItsMeeting
{
    /// <summary>How far before the gathering's noun the "sidelines of" may stand ("margins of the annual Pacific summit").</summary>
    private const int SideReach = 5;

    public static bool Separates(List<Token> tokens, MeetingMention last, int i)
    {
        var sideFound = false;
        for (var k = Math.Max(0, last.TokenStart - SideReach); k < last.TokenStart && !sideFound; k++)
            sideFound = EventBoundary.SideOf(tokens, k);
        if (!sideFound) return false;
        // A subject and its verb between the two nouns: "... forum [the Premier had] separate meetings".
        var sawSubject = false;
        for (var k = last.TokenEnd; k < i && k < tokens.Count; k++)
        {
            if (tokens[k].IsCapitalized && tokens[k].IsWord) sawSubject = true;
            else if (sawSubject && IsFiniteVerb(tokens[k])) return true;
        }
        return false;
    }

    private static bool IsFiniteVerb(Token t) =>
        t.IsWord && !t.IsCapitalized && (t.Lower is "held" or "holds" or "had" or "has" or "met" or "meets" or "sat" or "saw" or "spoke" ||
                                         t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Lower.Length > 4);
}
