namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two governments met in the capital on Thursday ... On Wednesday the prime minister had opened a business forum there":
/// a forum of companies (business, investment, economic or trade forum) held alongside a summit is a side event of its own,
/// with its own day, not one more reference to the summit (pattern: summits bring a business forum beside them).
/// </summary>
internal static class BusinessForumBesideASummit
{
    public const string Note = "a business forum beside a summit: its own event";

    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (meeting.Kind != MeetingKinds.Summit || m.Kind != MeetingKinds.Conference) return false;
        var tokens = m.Sentence.Tokens;
        var forum = -1;
        for (var k = m.TokenStart; k < m.TokenEnd && k < tokens.Count; k++)
            if (tokens[k].Lower is "forum" or "forums") { forum = k; break; }
        if (forum < 1 || tokens[forum - 1].Lower is not ("business" or "investment" or "economic" or "trade" or "investors" or "entrepreneurs")) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
