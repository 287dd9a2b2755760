namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The summit opened on Friday ... [a background paragraph on a mission to visit both capitals] ... Also at the table on
/// Friday were A, B and C": attendance told with its day joins the gathering told on that day, not merely the latest gathering
/// told, when the latest names no such day and exactly one other gathering of the story does (pattern: the day word of a roll
/// call points back past an aside to the gathering of that day).
/// </summary>
internal static class SameDayAttendance
{
    public const string Note = "attendance told with its day: the gathering told on that day";

    public static Meeting? Instead(IEnumerable<Meeting> candidates, Meeting target, MeetingMention m)
    {
        if (m.Date is not { } own) return null;
        if (OnTheDay(target, own)) return null;
        Meeting? found = null;
        foreach (var x in candidates)
        {
            if (ReferenceEquals(x, target) || x.Recalled || !x.Held || !OnTheDay(x, own)) continue;
            if (found is not null) return null;
            found = x;
        }
        return found;
    }

    private static bool OnTheDay(Meeting meeting, Text.DateExpression own)
    {
        if (own.Value is { } value) return meeting.Mentions.Any(x => x.Date?.Value == value);
        var (weekday, _) = DayWordApart.Words(own.Text);
        if (weekday < 0) return false;
        return meeting.Mentions.Any(x => x.Date is { Value: null } d && DayWordApart.Words(d.Text).Weekday == weekday);
    }
}
