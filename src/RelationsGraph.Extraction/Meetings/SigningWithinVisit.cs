namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in Y for a state visit ... X and the host signed the treaty": the signing is one event of the visit's programme,
/// a gathering of its own, as talks held during a visit are (pattern: a visit is the journey, a signing one act within it).
/// </summary>
internal static class SigningWithinVisit
{
    public const string Note = "a signing is its own event of a visit";

    public static bool Applies(Meeting meeting, MeetingMention m)
    {
        var apart = meeting.Kind == MeetingKinds.Visit && m.Kind == MeetingKinds.Signing ||
                    meeting.Kind == MeetingKinds.Signing && m.Kind == MeetingKinds.Visit;
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }
}
