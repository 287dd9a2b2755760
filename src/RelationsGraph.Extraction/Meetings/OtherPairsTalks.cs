namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X held talks with Y at the palace on Monday ... on Monday the foreign ministers A, B and C met as well": talks naming
/// two or more people, none of them at talks already told, are another encounter, even on the same day (pattern: disjoint
/// people in talks of their own). A reference back ("the talks"), an attendance verb or "the two" adds people to the
/// talks told instead.
/// </summary>
internal static class OtherPairsTalks
{
    public const string Note = "talks of other people: an encounter of their own";

    public static bool Applies(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants)
    {
        if (meeting.Kind != MeetingKinds.Talks || m.Kind != MeetingKinds.Talks) return false;
        if (m.Attendance || m.RefersToGroup || m.Definite || m.RoleOfPerson || m.Organization is not null || participants.Count < 2) return false;
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).ToList();
        if (present.Count < 2 || participants.Keys.Any(present.Contains)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
