namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President X hosted the inauguration ceremony at the terminal ... [paragraphs on the pipeline] ... The European Union was
/// represented by its commissioner, Y": in a story whose only gathering held in its own time is a ceremony (an inauguration,
/// an independence ceremony, a signing ceremony), a plain attendance that finds no other gathering is at that ceremony, however
/// far after it the attendance is told, when no other gathering is told after it either (pattern: the ceremony is the gathering under discussion when nothing else is).
/// </summary>
internal static class CeremonyOfTheStory
{
    public const string Note = "attendance in a story whose only current gathering is a ceremony: at that ceremony";

    public static Meeting? For(IReadOnlyList<Meeting> meetings, IReadOnlyList<MeetingMention> all, MeetingMention m, int? storyYear)
    {
        if (!m.Attendance || m.AttendedAct is not null || m.Planned || m.Recalled || m.Organization is not null || m.Places.Count > 0 ||
            m.Date?.Value is not null || !StoryTime.Present(m, storyYear)) return null;
        Meeting? found = null;
        foreach (var x in meetings)
        {
            if (x.Recalled || !x.Held || StoryTime.IsEarlier(x, storyYear)) continue;
            if (!x.IsCeremonial || x.Organization is not null || found is not null) return null;
            found = x;
        }
        if (found is null) return null;
        // Only when nothing else is told later either: a gathering named after the attendance is the one it waits for. A
        // gathering told in a sentence that names an earlier year ("the 1999 summit in X, where ...") is background, not the
        // story's own (pattern: a ceremony story closing on history).
        foreach (var y in all)
            if ((y.Sentence.Index, y.TokenStart).CompareTo((m.Sentence.Index, m.TokenStart)) > 0 && !y.Recalled && !y.Planned && !y.Attendance &&
                !y.IsCeremonial && y.Kind != MeetingKinds.Signing && StoryTime.Present(y, storyYear)) return null;
        return found;
    }
}
