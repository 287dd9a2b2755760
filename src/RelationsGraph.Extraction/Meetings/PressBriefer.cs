using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "..., the minister's spokesman X told reporters", "Y, a senior aide, briefed journalists on the talks", "the call lasted an
/// hour, according to Z": a person named only as the one who relays a gathering to the press is a source of the story, not one
/// of the people at the table (pattern: the subject of a press briefing, or the one a report is credited to, is no participant).
/// A remark placed at or right after the gathering ("told reporters at the summit", "after the ceremony") is left to the rules
/// of presence (see SpeakerAfterTheEvent); a relative clause between the name and the briefing ("X, who met Y, told reporters")
/// may tell the person's own part, and the speaker's own quoted words may speak of the speaker's own gathering: both keep the person.
/// </summary>
internal static class PressBriefer
{
    // The press as audience after "told" / "briefed": "told reporters", "briefed the media", "told a news conference".
    private static readonly FrozenSet<string> Audience = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "correspondents", "media", "press",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that place the remark at the gathering, or just after it.
    private static readonly FrozenSet<string> PresenceWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "after", "following", "during", "sidelines", "margins", "afterwards", "later",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The title words that may stand between "according to" and the name: "according to the Kremlin spokesman X".
    private static readonly FrozenSet<string> TitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "'s", "’s", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official", "minister",
        "secretary", "chief", "presidential", "press", "deputy", "senior", "foreign", "ambassador", "envoy", "top", "government",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person is the one who briefs the press, or the one a report is credited to, and the meeting is not placed as the remark's setting.</summary>
    public static bool Applies(List<Token> tokens, Mention person, MeetingMention m) =>
        CreditedSource(tokens, person) || BriefingEnd(tokens, person) is { } end && !SetAtTheGathering(tokens, end, m) && !InsideAQuote(tokens, m);

    /// <summary>"'Our meeting will not go ahead,' X told reporters": the gathering told in the speaker's own quoted words may be the speaker's own.</summary>
    private static bool InsideAQuote(List<Token> tokens, MeetingMention m)
    {
        var quotes = 0;
        for (var k = 0; k < m.TokenStart; k++)
            if (tokens[k].Text is "\"" or "\u201c" or "\u201d") quotes++;
        return quotes % 2 == 1;
    }

    /// <summary>"according to [title] X": the person a report is credited to.</summary>
    private static bool CreditedSource(List<Token> tokens, Mention person)
    {
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= 6 && (tokens[k].IsCapitalized || TitleWords.Contains(tokens[k].Text))) k--;
        return k >= 1 && tokens[k].Lower == "to" && tokens[k - 1].Lower == "according";
    }

    /// <summary>
    /// Where "told reporters" / "briefed the media" / "briefing journalists" ends, when its subject is the person, named right
    /// before it or before an apposition ("X, the agency's head, told reporters"); null otherwise.
    /// </summary>
    private static int? BriefingEnd(List<Token> tokens, Mention person)
    {
        var v = person.TokenEnd;
        if (v < tokens.Count && tokens[v].Text == ",")
        {
            // Across an apposition to its closing comma; a relative clause may tell the person's own part, so it ends the search.
            var close = -1;
            for (var j = v + 1; j < tokens.Count && j - v <= 14; j++)
            {
                if (tokens[j].Lower is "who" or "whom" or "whose" or "which" || tokens[j].Text is ";" or "(" or "\"" or "“") return null;
                if (tokens[j].Text == ",") { close = j; break; }
            }
            if (close < 0) return null;
            v = close + 1;
        }
        // "had told", "later briefed" are left to the presence words: only auxiliaries pass here.
        while (v < tokens.Count && tokens[v].Lower is "had" or "has" or "have" or "also") v++;
        if (v + 1 >= tokens.Count || tokens[v].Lower is not ("told" or "tells" or "briefed" or "briefs" or "briefing")) return null;
        var a = v + 1;
        // "told a news conference", "briefed the press", "briefed Vietnamese reporters": a determiner or one capitalised modifier.
        if (tokens[a].Lower is "the" or "a") a++;
        else if (tokens[a].IsCapitalized && a + 1 < tokens.Count && Audience.Contains(tokens[a + 1].Text)) a++;
        if (a >= tokens.Count) return null;
        if (Audience.Contains(tokens[a].Text)) return a + (a + 1 < tokens.Count && tokens[a + 1].Lower is "conference" or "briefing" ? 2 : 1);
        if (tokens[a].Lower is "news" && a + 1 < tokens.Count && tokens[a + 1].Lower is "conference" or "briefing") return a + 2;
        return null;
    }

    /// <summary>"told reporters at the summit", "briefed journalists after the talks": the gathering is the remark's own setting.</summary>
    private static bool SetAtTheGathering(List<Token> tokens, int end, MeetingMention m)
    {
        if (m.TokenStart < end || m.TokenStart - end > 6) return false;
        for (var k = end; k < m.TokenStart; k++)
        {
            if (tokens[k].Text is "," or ";") return false;
            if (PresenceWords.Contains(tokens[k].Text)) return true;
        }
        return false;
    }
}
