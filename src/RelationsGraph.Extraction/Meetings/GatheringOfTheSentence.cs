namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Y chaired the ministers' session on Tuesday; A, B and C attended", "The leaders met at the palace, and D also took part":
/// a bare attendance (a verb with no gathering of its own as object) in a later clause of the sentence that already
/// named a gathering is attendance at that gathering, not at whatever grouping's summit the story told before
/// (pattern: an objectless attendance verb refers to the gathering its own sentence names first).
/// </summary>
internal static class GatheringOfTheSentence
{
    public const string Note = "bare attendance: the gathering its sentence named before";

    /// <summary>The meeting an earlier reference of the same sentence went to, if that reference reports a gathering of the story.</summary>
    public static Meeting? For(IReadOnlyList<Meeting> meetings, MeetingMention attendance)
    {
        if (!attendance.Attendance || attendance.AttendedAct is not null || attendance.Ellipsis || attendance.Organization is not null ||
            // "chaired the meeting for his father, who did not attend": an absence is read too widely to move.
            attendance.Participants.Count == 0 || attendance.Absent.Count > 0 ||
            !IsBareAttendanceVerb(attendance.Sentence.Tokens[attendance.TokenStart].Lower)) return null;
        return meetings.LastOrDefault(x => !x.Recalled && x.Mentions.Any(y => y != attendance && y.Sentence == attendance.Sentence && y.TokenEnd <= attendance.TokenStart &&
                                                                             !y.Attendance && !y.TimeAnchor && !y.Recalled && !y.Speculative));
    }

    /// <summary>
    /// Only the verbs of taking part: "looked on", "stood alongside" or "in the presence of" tell a witness of some act of
    /// their own clause, which may be another event than the gathering named first.
    /// </summary>
    private static bool IsBareAttendanceVerb(string word) => word is "attended" or "attend" or "attending" or "attends" or "part" or "present";
}
