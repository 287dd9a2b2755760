namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Posted 9 November 2022 ... The two presidents signed the accord in Accra on Monday. ... They had first taken up the matter at
/// talks off Lome in June": under a date printed only in the page's opening lines, neither the weekday nor the month resolves, yet
/// an undated gathering told on a weekday lies in the story's own week, so a reference told in a month two or more months from the
/// anchor's is another event (and the reverse: a weekday's reference does not join the gathering told of that far month).
/// <see cref="DayWordApart"/> compares only like with like (a weekday with a weekday, a month with a month); this compares the
/// two kinds through the anchor (pattern: a story dated only by its opening lines still tells its week from a month long past).
/// Lasting gatherings too: no visit or summit runs from a far month into the story's week.
/// </summary>
internal static class MonthApartFromTheWeek
{
    private const int Apart = 2; // months, either way round the year; the month next to the anchor's may hold the story's week

    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? anchor)
    {
        if (anchor is not { } story || meeting.Date is not null || meeting.Recalled) return false;
        if (m.Definite || m.RefersToGroup || m.Planned || m.Date is not { Value: null } own) return false;
        var (weekday, month) = DayWordApart.Words(own.Text);
        if (weekday < 0 && month < 0) return false;
        var toldInTheWeek = false;
        var toldInAFarMonth = false;
        foreach (var x in meeting.Mentions)
        {
            if (x.Date is not { Value: null } other || x.Planned) continue;
            var (w, mo) = DayWordApart.Words(other.Text);
            if (w >= 0 && mo < 0) toldInTheWeek = true;
            else if (w < 0 && mo >= 0)
            {
                if (!Far(mo, story)) return false;
                toldInAFarMonth = true;
            }
        }
        // A far month's reference does not join the week's gathering; a weekday's does not join the far month's.
        return weekday < 0 && Far(month, story) && toldInTheWeek || weekday >= 0 && month < 0 && toldInAFarMonth && !toldInTheWeek;
    }

    private static bool Far(int month, DateOnly story)
    {
        var d = Math.Abs(month - story.Month);
        return Math.Min(d, 12 - d) >= Apart;
    }
}
