using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "phoned late on Tuesday, 12 March": a weekday told in apposition to its calendar day is one date,
/// so the reference takes both words and not the bare weekday (pattern: "Thursday, 31 July", "on Thursday 20 May" in news copy).
/// Without a publication date neither part resolves, and only the day of the month tells one call of a series from another.
/// </summary>
internal static class WeekdayWithItsDate
{
    public static IReadOnlyList<DateExpression> Join(List<Token> tokens, IReadOnlyList<DateExpression> dates)
    {
        List<DateExpression>? joined = null;
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var (weekday, day) = (dates[i], dates[i + 1]);
            // "Thursday", "on Thursday": the expression ends on the weekday
            if (weekday.TokenEnd - weekday.TokenStart > 2 || Months.ParseWeekday(tokens[weekday.TokenEnd - 1].Text) is null) continue;
            var gap = day.TokenStart - weekday.TokenEnd;
            if (gap > 1 || gap == 1 && tokens[weekday.TokenEnd].Text != "," || DayOfMonthApart.DayOf(day with { Value = null }) is null) continue;
            joined ??= [.. dates];
            var k = joined.IndexOf(weekday);
            joined[k] = new DateExpression(weekday.TokenStart, day.TokenEnd, $"{weekday.Text}{(gap == 1 ? "," : "")} {day.Text}", day.Value ?? weekday.Value, day.Rule ?? weekday.Rule);
            joined.Remove(day);
        }
        return joined ?? dates;
    }
}
