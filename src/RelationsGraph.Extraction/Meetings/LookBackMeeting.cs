namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The consultations began in 1996 ... The consultations were followed by a working luncheon": once a gathering is
/// dated two or more years before the story, later references that carry no date of their own are about the story's
/// events, not more of that look back (pattern: an old dated gathering does not absorb the undated present ones).
/// The mirror of the clusterer's rule that a dated look back does not join an undated current gathering.
/// </summary>
internal static class LookBackMeeting
{
    public static bool Keeps(Meeting meeting, MeetingMention m, int? storyYear) =>
        storyYear is { } year && m.Date?.Value is null && !m.Recalled && !m.Ellipsis &&
        meeting.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var held) && held <= year - 2;
}
