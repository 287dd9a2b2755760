using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The ground for the summit was laid on 3 May, when the bloc's foreign ministers held their ministerial meeting": a grouping's
/// gathering of another rank (ministerial, foreign ministers', preparatory, senior officials') told with a date of its own is
/// another event, and neither joins nor re-dates the grouping's undated summit held in the story (pattern: a modifier naming
/// a lower rank or an earlier stage marks a separate gathering of the same grouping).
/// </summary>
internal static class OtherKindOfTheGrouping
{
    public static bool KeepsApart(Meeting held, MeetingMention m) =>
        held.Date is null && held.Held && !held.Recalled && m.Date?.Value is not null && !m.Planned && OfAnotherRank(m);

    /// <summary>"The summit" or "the session" told after a grouping's ministerial meeting points past it to the summit: a gathering
    /// told only as of another rank is not the one a reference of no rank points back to.</summary>
    public static bool OfAnotherRankOnly(Meeting meeting, MeetingMention m) =>
        meeting.Mentions.Count > 0 && meeting.Mentions.All(OfAnotherRank) && !OfAnotherRank(m);

    /// <summary>A rank or stage word among the few words before the meeting noun ("the 20th ministerial meeting", "foreign ministers' meeting").</summary>
    public static bool OfAnotherRank(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 3; i--)
        {
            var w = tokens[i].Lower;
            if (w is "ministerial" or "ministers" or "ministers'" or "preparatory" or "officials" or "officials'") return true;
            if (w is "the" or "a" or "," or "." or "of" or "at" or "in") return false;
        }
        return false;
    }
}
