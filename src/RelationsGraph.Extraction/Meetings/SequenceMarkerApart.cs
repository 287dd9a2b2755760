namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X held talks with Y at the palace. Later, Y attended a banquet given by X", "afterwards X addressed the press": an adverb of
/// sequence opening the reference's clause (later, earlier, afterwards, subsequently, then) tells the next (or a previous) event of
/// the day, so a reference of another kind it introduces is not more of the gathering already told (pattern: a narrative
/// sequence marker tells events apart even when no date word does). Something must differ besides the marker: another kind,
/// or someone not at the gathering; visits, summits and conferences run over days and hold the day's events.
/// </summary>
internal static class SequenceMarkerApart
{
    public const string Note = "introduced by an adverb of sequence: another event of the day";

    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (Lasting(m.Kind) || Lasting(meeting.Kind) || m.OnSidelines || m.Attendance || m.RefersToGroup || m.Definite || m.Date?.Value is not null) return false;
        // the same people told again in the same kind may be the sitting retold ("Later, X told Y ..."): something must differ
        if (m.Kind == meeting.Kind && !m.Participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) return false;
        if (!Marked(m)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }

    /// <summary>A visit, summit or conference runs over days and holds the day's events; only events of one sitting are sequenced.</summary>
    private static bool Lasting(string kind) => kind is MeetingKinds.Visit or MeetingKinds.Summit or MeetingKinds.Conference;

    /// <summary>
    /// A sequence adverb among the three tokens before the reference's word or opening its sentence; or a part of another
    /// day or time of day told there: "the next morning", "the following day", "that evening", "in the afternoon".
    /// </summary>
    private static bool Marked(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        if (tokens.Count > 0 && IsMarker(tokens, 0)) return true;
        for (var i = Math.Max(0, m.TokenStart - 3); i < m.TokenStart; i++)
            if (IsMarker(tokens, i)) return true;
        // a time of day in the sentence's opening words or just before the reference
        for (var i = 1; i < tokens.Count && i < m.TokenStart; i++)
        {
            if (i > 4 && i < m.TokenStart - 4) continue;
            if (tokens[i].Lower is "morning" or "afternoon" or "evening" or "night" or "day" &&
                tokens[i - 1].Lower is "next" or "following" or "that" or "the" && (tokens[i - 1].Lower != "the" || i >= 2 && tokens[i - 2].Lower == "in"))
                return true;
        }
        return false;
    }

    private static bool IsMarker(List<RelationsGraph.Extraction.Text.Token> tokens, int i) =>
        tokens[i].Lower is "afterwards" or "afterward" or "subsequently" or "later" or "earlier" ||
        tokens[i].Lower == "then" && i + 1 < tokens.Count && !tokens[i + 1].IsCapitalized && tokens[i + 1].Text != "-" &&
        // "the then minister", "since then", "by then": an adjective of office or a point in time, no step of the narrative
        (i == 0 || tokens[i - 1].Lower is not ("the" or "his" or "her" or "its" or "their" or "since" or "by" or "until" or "till" or "from" or "before"));
}
