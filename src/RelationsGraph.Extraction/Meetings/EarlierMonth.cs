namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X called on the president on Thursday ... the minister had visited the region in February": in a dated story, a reference
/// dated to a month two or more months away from the story's month is another event, not more of a gathering told as
/// current without a date (pattern: the month tells a look back or a later event apart, as the year does for older ones).
/// </summary>
internal static class EarlierMonth
{
    private const int Apart = 2; // months; one month away is often the same event told after the fact

    /// <summary>The reference's month lies two or more months away from the story's, and the gathering has no date of its own but the story's year.</summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published) =>
        published is { } story && !meeting.Recalled && (meeting.Date is null || meeting.Date == story.Year.ToString("D4")) &&
        m.Date?.Value is { Length: >= 7 } date && MonthsBetween(date, story) >= Apart;

    /// <summary>A date two or more months away from the story's month, or in another year: another time than the story's.</summary>
    public static bool IsAwayFromStory(string? date, DateOnly? published) =>
        published is { } story && date is { Length: >= 4 } &&
        (date.Length >= 7 ? MonthsBetween(date, story) >= Apart : int.TryParse(date[..4], out var y) && y != story.Year);

    private static int MonthsBetween(string date, DateOnly story) =>
        int.TryParse(date[..4], out var y) && int.TryParse(date[5..7], out var mo) ? Math.Abs(y * 12 + mo - (story.Year * 12 + story.Month)) : 0;
}
