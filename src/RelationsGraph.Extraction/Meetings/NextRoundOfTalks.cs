namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The next round is expected in the coming months", "the two sides agreed to hold a further round": negotiations told
/// as continuing, with no one, no date and no venue for the coming session, say the process goes on; they are not yet a
/// meeting. A following summit is different: an edition of a series is an event even before its host names a date
/// (pattern: talks that "will continue" are a prospect, a series' next edition is an event).
/// </summary>
internal static class NextRoundOfTalks
{
    /// <summary>A planned meeting of talks that names no one, no date and no place: only the process going on.</summary>
    public static bool Bare(Meeting meeting) =>
        !meeting.Held && meeting.Kind == MeetingKinds.Talks && meeting.Organization is null && meeting.Date is null && meeting.Places.Count == 0 &&
        meeting.Participants.Count == 0;
}
