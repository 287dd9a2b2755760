namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders signed the pact on Sunday ... She is due back in the capital next Sunday, July 23, for a forum hosted by
/// him": in a dated story, a reference dated after the day of writing tells something still to come, so it neither joins
/// nor dates a gathering the story reports as held (pattern: what is held lies on or before the story's day; a later date
/// is another, coming event). A day counts as later from the second day after publication, a month or a year only when it
/// lies wholly after the story's.
/// </summary>
internal static class AfterTheStory
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published) =>
        published is { } story && meeting.Held && !meeting.Recalled && m.Date?.Value is { } date && IsAfter(date, story) &&
        (meeting.Date is null || !IsAfter(meeting.Date, story));

    /// <summary>Whether the date (a day, a month or a year) lies wholly after the story's day, a day's slack allowed.</summary>
    public static bool IsAfter(string date, DateOnly story)
    {
        if (date.Length >= 10 && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", out var day)) return day > story.AddDays(1);
        if (!int.TryParse(date.AsSpan(0, Math.Min(4, date.Length)), out var year)) return false;
        if (date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), out var month)) return year * 12 + month > story.Year * 12 + story.Month;
        return year > story.Year;
    }
}
