using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, the outgoing governor, stayed away from the summit", "on behalf of his father, King X, who did not attend",
/// "Neither X nor Y came to the capital", "sent its foreign minister in place of X", "Conspicuously absent was X": news
/// names the leaders who kept away from an event in the very sentence about it; a person whose own clause says so is absent
/// from the sentence's gatherings, not one more participant (pattern: a predicate of absence on the person, read from the
/// person's mention). A meeting verb after the absence clause ("X, who skipped the summit, met Y") or a meeting word past a
/// comma after it ("X did not attend the ceremony, as he had left for the summit") is another event and keeps X.
/// </summary>
internal static class StayedAway
{
    /// <summary>Verbs of going to or taking part in an event, after a negation or "declined to".</summary>
    private static readonly FrozenSet<string> PresenceVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "attend", "come", "travel", "join",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of staying put: "stayed away", "kept away", "remained at home".</summary>
    private static readonly FrozenSet<string> StayVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "stayed", "stays", "stay", "staying", "kept", "keeps", "remained", "remains",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that leave an event out on their own: "skipped the summit", "boycotted the ceremony".</summary>
    private static readonly FrozenSet<string> LeaveOutVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "skipped", "skips", "boycotted", "boycotts", "snubbed", "snubs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries a negated presence verb follows ("did not attend", "could not travel").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "did", "does", "do", "will", "would", "could", "can", "was", "is", "had", "has",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens of an apposition skipped between the name and its verb (", the outgoing high commissioner,").</summary>
    private const int MaxApposition = 10;

    /// <summary>Most title tokens skipped before the name ("Russia's President", "Prime Minister").</summary>
    private const int MaxTitle = 6;

    /// <summary>Whether the person is said to stay away from the sentence's events, as far as reference <paramref name="m"/> goes.</summary>
    public static bool Applies(List<Token> tokens, Mention person, MeetingMention m)
    {
        var end = AbsenceEnd(tokens, person);
        if (end < 0) return false;
        if (m.TokenStart < end) return true;
        // "X, who skipped the summit, met Y": a meeting verb past the absence clause is an event X did go to.
        if (MeetingKinds.IsVerb(tokens[m.TokenStart].Text)) return false;
        // "X did not attend the ceremony, as he had left for the summit": past a comma the event is another (cf. SpreadAbsences);
        // a colon elaborates the same one ("Neither X nor Y came: their countries were represented by ...").
        for (var i = end; i < m.TokenStart; i++)
            if (tokens[i].Text is "," or ";") return false;
        return true;
    }

    /// <summary>The token after the predicate of absence on the person, or -1 when the person is not said to be away.</summary>
    private static int AbsenceEnd(List<Token> tokens, Mention person)
    {
        // Before the name, past its title: "Neither X", "nor X", "in place of X", "instead of X", "absent was X".
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= MaxTitle && (tokens[k].IsCapitalized && tokens[k].Lower is not ("neither" or "absent") || tokens[k].Text is "'s" or "’s" or "."))
            k--;
        if (k >= 0)
        {
            if (tokens[k].Lower is "neither" or "nor") return person.TokenEnd;
            if (tokens[k].Lower == "of" && k >= 1 && (tokens[k - 1].Lower == "instead" || tokens[k - 1].Lower == "place" && k >= 2 && tokens[k - 2].Lower == "in"))
                return person.TokenEnd;
            if (tokens[k].Lower is "was" or "were" && k >= 1 && tokens[k - 1].Lower == "absent") return person.TokenEnd;
        }
        // After the name: ", who did not attend", or the verb itself past an apposition between commas.
        var j = person.TokenEnd;
        if (j < tokens.Count && tokens[j].Text == ",")
        {
            if (j + 1 < tokens.Count && tokens[j + 1].Lower == "who") j += 2;
            else
            {
                var close = j + 1;
                while (close < tokens.Count && close - j <= MaxApposition && tokens[close].Text != "," && tokens[close].Text != ";") close++;
                if (close >= tokens.Count || tokens[close].Text != ",") return -1;
                j = close + 1;
            }
        }
        return PredicateOfAbsence(tokens, j);
    }

    /// <summary>"stayed away/home" ("stayed behind" keeps one at the event), "was absent", "skipped", "did not attend", "declined to travel": the token after it, or -1.</summary>
    private static int PredicateOfAbsence(List<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Count) return -1;
        var w = tokens[j].Lower;
        var next = tokens[j + 1].Lower;
        if (StayVerbs.Contains(w) && next is "away" or "home") return j + 2;
        if (w is "was" or "were" or "is" or "remained" && next == "absent") return j + 2;
        if (LeaveOutVerbs.Contains(w)) return j + 1;
        if (w is "declined" or "refused" && next == "to" && j + 2 < tokens.Count && PresenceVerbs.Contains(tokens[j + 2].Text)) return j + 3;
        if (Auxiliaries.Contains(w) && next is "not" or "n't" or "never" && j + 2 < tokens.Count && PresenceVerbs.Contains(tokens[j + 2].Text)) return j + 3;
        if (w is "didn't" or "won't" or "couldn't" or "never" && PresenceVerbs.Contains(tokens[j + 1].Text)) return j + 2;
        return -1;
    }
}
