namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in Y for a state visit ... X addressed a business forum in the capital": a forum or conference is one event of
/// the visit's programme, a gathering of its own, as talks and a signing during a visit are (pattern: a visit is the journey,
/// a forum one event within it).
/// </summary>
internal static class ForumWithinVisit
{
    public const string Note = "a forum is its own event of a visit";

    public static bool Applies(Meeting meeting, MeetingMention m)
    {
        var apart = meeting.Kind == MeetingKinds.Visit && m.Kind == MeetingKinds.Conference ||
                    meeting.Kind == MeetingKinds.Conference && m.Kind == MeetingKinds.Visit;
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }
}
