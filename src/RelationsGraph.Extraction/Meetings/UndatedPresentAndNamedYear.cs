namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "OSK, March 4 (Wire) - The two premiers on Monday signed a treaty ... It crowns work begun in May 1961, when their
/// predecessors met at the border": news copy leaves the current year off its dates ("on Monday", "Nov. 18", "this week") and
/// writes a year only for another year. So in a story with no publication date, a reference told with a present time word and
/// one whose date names a year tell different events, whatever people they share: neither joins the gathering the other is
/// told with (pattern: a written year marks a time other than the story's, which stays unknown). Look-back and coming time
/// words ("last year", "next month") are left to <see cref="UndatedLookBack"/>.
/// </summary>
internal static class UndatedPresentAndNamedYear
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published)
    {
        if (published is not null || meeting.Recalled) return false;
        if (Present(m)) return meeting.Date is not null;
        if (m.Date?.Value is null) return false;
        foreach (var x in meeting.Mentions)
            if (Present(x)) return true;
        return false;
    }

    /// <summary>A date word left without a year in an undated story that neither looks back nor ahead: "on Monday", "Nov. 18", "today".</summary>
    internal static bool Present(MeetingMention m)
    {
        if (m.Date is not { Value: null } date || UndatedLookBack.Of(m)) return false;
        foreach (var w in date.Text.Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
