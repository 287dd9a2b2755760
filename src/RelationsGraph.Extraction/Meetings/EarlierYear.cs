namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents signed a transit deal on Friday ... Ruiz, who signed a similar pact with Ostrava in 2025, ..." in a story
/// of 2026: a reference dated only by a year before the story's is a recalled event, not more of a gathering told as current
/// without a date, even one year back and even when it names a person already there (pattern: a written earlier year tells a
/// look back; <see cref="EarlierMonth"/> does the same for references dated to a month, the clusterer's earlier-event check for
/// years long past).
/// </summary>
internal static class EarlierYear
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published) =>
        published is { } story && !meeting.Recalled && (meeting.Date is null || meeting.Date == story.Year.ToString("D4")) &&
        m.Date?.Value is { Length: 4 } year && int.TryParse(year, out var y) && y < story.Year;
}
