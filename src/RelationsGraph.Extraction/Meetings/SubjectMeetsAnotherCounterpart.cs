namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The visitor was met by the foreign minister ... On Tuesday the visitor met the parliament speaker": talks whose subject
/// is already at talks with someone else and whose one other person is new to them are the subject's next encounter
/// (pattern: a visitor's round of meetings with several hosts of one country). Only the subject-first order counts: "the
/// foreign minister held talks with the visitor as well" names a newcomer joining the talks told, and a newcomer of the
/// subject's own country is a member of the subject's side. A reference back, an attendance verb or "the two" still joins.
/// </summary>
internal static class SubjectMeetsAnotherCounterpart
{
    public const string Note = "the subject meets another counterpart: an encounter of its own";

    public static bool Applies(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants, Func<string, string?> countryOf)
    {
        if (meeting.Kind != MeetingKinds.Talks || m.Kind != MeetingKinds.Talks || participants.Count < 2) return false;
        if (m.Attendance || m.RefersToGroup || m.Definite || m.RoleOfPerson || m.Organization is not null) return false;
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).ToHashSet();
        var subject = participants.Keys.First();
        if (present.Count < 2 || !present.Contains(subject)) return false;
        // "the visitor met the speaker and the army chief": every one after the subject is new to the talks told.
        foreach (var other in participants.Keys.Skip(1))
        {
            if (present.Contains(other)) return false;
            // Someone of the subject's own side is no new counterpart.
            if (countryOf(other) is { } side && side == countryOf(subject)) return false;
        }
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
