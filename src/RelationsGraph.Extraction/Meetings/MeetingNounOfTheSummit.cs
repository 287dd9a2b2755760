namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Leaders of thirty states met in Varnel for the alliance's tenth summit. A chaired the two-day meeting alongside B", "C told
/// the meeting that ...": a definite "the meeting" with no date or place of its own, told within a few sentences after a held
/// summit or conference and before any other gathering, is that summit under a plainer word, not talks of its own (pattern:
/// news varies the noun when it points back at the event it has just named). Only the bare noun, or one duration word before
/// it ("one-day", "day-long"): "the bilateral meeting", "the meeting of the ministers" name something smaller. Told as coming
/// ("X will chair the meeting"), it points at a summit told as coming, as one told as done points at a summit held.
/// </summary>
internal static class MeetingNounOfTheSummit
{
    public const string Note = "the meeting told right after a summit: that summit";

    private const int Reach = 5; // sentences after the summit's latest reference

    public static Meeting? For(List<Meeting> meetings, MeetingMention m)
    {
        if (m is not { Kind: MeetingKinds.Talks, Also: false, Recalled: false, Speculative: false, TimeAnchor: false, OnSidelines: false, Signing: false, Places.Count: 0 } ||
            m.Date?.Value is not null || !IsBareMeetingNoun(m)) return null;
        return LatestToldSummit(meetings, m);
    }

    /// <summary>
    /// The gathering told last, when it is a summit or conference of the reference's tense (held, or still to come for a
    /// reference told as coming) told in the reference's sentence or the few before,
    /// alone in its latest sentence (another gathering told beside it may be what the reference means).
    /// </summary>
    internal static Meeting? LatestToldSummit(List<Meeting> meetings, MeetingMention m)
    {
        Meeting? latest = null;
        var latestIndex = -1;
        foreach (var x in meetings)
        {
            var last = x.Mentions.Max(y => y.Sentence.Index);
            if (last >= latestIndex) (latest, latestIndex) = (x, last);
        }
        if (latest is not { Kind: MeetingKinds.Summit or MeetingKinds.Conference, Recalled: false } || latest.Held == m.Planned) return null;
        if (m.Sentence.Index - latestIndex is < 0 or > Reach) return null;
        if (meetings.Any(x => x != latest && x.Mentions.Any(y => y.Sentence.Index == latestIndex))) return null;
        return latest;
    }

    private static bool IsBareMeetingNoun(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (m.TokenEnd - i != 1 || tokens[i].Lower != "meeting") return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "between" or "on" or "in" or "at") return false;
        var k = i - 1;
        if (k >= 0 && IsDuration(tokens[k].Lower)) k--;
        return k >= 0 && tokens[k].Lower == "the";
    }

    private static bool IsDuration(string w) =>
        w.EndsWith("-day", StringComparison.Ordinal) || w.EndsWith("-hour", StringComparison.Ordinal) || w is "day-long" or "daylong";
}
