using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President X, who hosted the meeting, said ...", "Y, who chaired the gathering, greeted the guests": a definite "the
/// meeting" or "the gathering" told only as the object of a host's or chair's relative clause names the gathering under
/// discussion when that is a summit or conference (the one told last, see MeetingClusterer), not talks of its own nor talks
/// told more often on its margins (pattern: a person's hosting role points back at the event the story is about). When the
/// story is at other talks, it falls to the ordinary joining.
/// </summary>
internal static class HostedGatheringNoun
{
    public const string Note = "the gathering a host's relative clause names: the summit under discussion";

    private static readonly FrozenSet<string> HostVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "hosted", "chaired", "convened", "presided",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(MeetingMention m)
    {
        if (!m.Definite || m.Places.Count > 0 || m.Date is not null || m.Planned || m.Signing || m.Attendance) return false;
        // Only the host is told with it: "signed by A, who hosted the meeting, B and C" carries the signing's people, and
        // those stay with the act of their own sentence.
        if (m.Participants.Count > 1) return false;
        var tokens = m.Sentence.Tokens;
        for (var k = m.TokenStart; k < Math.Min(m.TokenEnd, tokens.Count); k++)
        {
            if (tokens[k].Lower is not ("meeting" or "gathering")) continue;
            // "the meeting" right after the verb, or "presided over the meeting"; the clause opened by ", who".
            if (k < 2 || tokens[k - 1].Lower != "the") return false;
            var verb = tokens[k - 2].Lower == "over" ? k - 3 : k - 2;
            if (verb < 0 || !HostVerbs.Contains(tokens[verb].Text)) return false;
            if (tokens[verb].Lower == "presided" && verb == k - 2) return false;
            var who = verb - 1;
            if (who >= 0 && tokens[who].Lower is "also" or "had") who--;
            // "the meeting" followed by more words of its own ("the meeting of the council") names something else.
            if (k + 1 < tokens.Count && tokens[k + 1].Lower is "of" or "on" or "between" or "with") return false;
            return who >= 1 && tokens[who].Lower == "who" && tokens[who - 1].Text == ",";
        }
        return false;
    }
}
