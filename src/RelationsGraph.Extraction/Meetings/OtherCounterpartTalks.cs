namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X was met at the airport by the foreign minister, Y ... Later X met the speaker, Z": talks of a pair that shares one
/// person with talks of two already told and brings a new counterpart are another encounter (pattern: a visitor's
/// successive bilaterals with different hosts). A reference back ("the talks", "the two"), an attendance verb or a
/// grouping adds people to the talks told instead; <see cref="OtherPairsTalks"/> covers pairs sharing no one.
/// </summary>
internal static class OtherCounterpartTalks
{
    public const string Note = "talks with another counterpart: an encounter of their own";

    public static bool Applies(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants)
    {
        if (meeting.Kind != MeetingKinds.Talks || m.Kind != MeetingKinds.Talks) return false;
        if (m.Attendance || m.RefersToGroup || m.Definite || m.RoleOfPerson || m.Organization is not null || participants.Count != 2) return false;
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).ToList();
        if (present.Count != 2 || participants.Keys.Count(present.Contains) != 1) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
