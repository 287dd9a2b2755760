namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents then held a separate meeting", "she also had a separate bilateral meeting with the speaker", "a separate
/// round of talks on the border": the adjective "separate" before a gathering's noun tells an event apart from those already
/// told, even between the same people on the same day (pattern: the writer marks a further encounter of a programme as its own).
/// Such a reference joins none of the gatherings told before it; later references may still join it. "The separate meeting"
/// points back at one already told, so only an indefinite or bare "separate" counts; and only a gathering told as held, not one
/// asked for, planned or serving as a time anchor.
/// </summary>
internal static class SeparateGathering
{
    public const string Note = "a separate gathering: apart from those told before";

    /// <summary>How many words may stand between "separate" and the gathering's noun ("separate bilateral round of talks").</summary>
    private const int Reach = 4;

    /// <summary>The reference is told with an indefinite or bare "separate" before its noun.</summary>
    public static bool Of(MeetingMention m)
    {
        // only an encounter told as held: "called for separate negotiations", "will hold a separate meeting", "after a separate
        // round" ask for, plan or date by another event, and tell no further gathering of the account
        if (m.Attendance || m.Planned || m.Speculative || m.TimeAnchor) return false;
        var tokens = m.Sentence.Tokens;
        var end = Math.Min(tokens.Count, m.TokenEnd);
        for (var i = Math.Max(0, m.TokenStart - Reach); i < end; i++)
        {
            if (tokens[i].Lower != "separate") continue;
            if (i > 0 && tokens[i - 1].Lower is "the" or "this" or "that" or "these" or "those") return false;
            var before = i > 0 && tokens[i - 1].Lower is "a" or "an" ? i - 2 : i - 1;
            if (before >= 0 && tokens[before].Lower is "for" or "after" or "before" or "since" or "following" or "until") return false;
            // only lowercase words between the adjective and the reference's noun: "a separate bilateral meeting", not "separate, later ..."
            for (var k = i + 1; k < m.TokenStart; k++)
                if (!(tokens[k].IsWord || tokens[k].Text == "-") || tokens[k].IsCapitalized) return false;
            return true;
        }
        return false;
    }

    /// <summary>A reference told as separate joins no gathering told before it.</summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (!Of(m) || meeting.Mentions.Contains(m)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
