using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "spoke by phone with A and with B", "talks with the foreign minister of X, and with the foreign minister of Y": a "with"
/// repeated before each counterpart tells one encounter with each, as "separately" does; "talks with A and B" (one "with")
/// may be a single meeting of three and is left to the other cues (pattern: the repeated preposition distributes the event).
/// </summary>
internal static class WithEachCounterpart
{
    /// <summary>How far after the reference its first "with" may stand ("spoke on Saturday by phone with").</summary>
    private const int FirstReach = 6;
    /// <summary>How far after the reference the repeated "and with" may stand (titles and appositions of the first).</summary>
    private const int SecondReach = 25;

    public static bool Applies(List<Token> tokens, MeetingMention m)
    {
        var first = -1;
        for (var k = m.TokenEnd; k < tokens.Count && k < m.TokenEnd + FirstReach; k++)
        {
            if (tokens[k].Text is ";" or ":" or ".") return false;
            if (tokens[k].Lower == "with") { first = k; break; }
        }
        if (first < 0) return false;
        for (var k = first + 2; k + 1 < tokens.Count && k < m.TokenEnd + SecondReach; k++)
        {
            if (tokens[k].Text is ";" or ":" or ".") return false;
            if (tokens[k].Lower == "and" && tokens[k + 1].Lower == "with") return true;
        }
        return false;
    }
}
