namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A spoke by phone with B on 20 May ... On 24 May, A called B again": in a story whose year is unknown, a day of a month
/// stays unresolved, yet two references told on different days of the month are different events (a series of calls or
/// rounds of talks between one pair); a gathering whose own references name one day does not take a reference told on
/// another, even when it points back ("the two leaders spoke again on 24 May"). A reference naming only the month, or no
/// day at all, may still join. A resolved day and an unresolved one compare by month and day.
/// Only events of one sitting compare: a visit, summit or conference runs over days.
/// </summary>
internal static class DayOfMonthApart
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (Lasting(m.Kind) || Lasting(meeting.Kind) || DayOf(m.Date) is not { } own) return false;
        // both resolved: the calendar already decides (Meeting.DatesCompatible)
        if (m.Date?.Value is not null && meeting.Date is { Length: 10 }) return false;
        var differs = false;
        foreach (var x in meeting.Mentions)
        {
            // a plan told within the gathering ("they will meet again on 15 July") does not date what was held
            if (Lasting(x.Kind) || x.Planned || DayOf(x.Date) is not { } other) continue;
            if (other == own) return false;
            differs = true;
        }
        return differs;
    }

    private static bool Lasting(string kind) => kind is MeetingKinds.Visit or MeetingKinds.Summit or MeetingKinds.Conference;

    /// <summary>The month and day a date names, from its value when resolved to a day, else from its words ("20 May", "May 20th");
    /// null for a month alone or a span ("20-24 May").</summary>
    internal static (int Month, int Day)? DayOf(Text.DateExpression? date)
    {
        if (date is null) return null;
        if (date.Value is { Length: 10 } v) return (int.Parse(v[5..7]), int.Parse(v[8..10]));
        if (date.Value is not null) return null;
        int month = -1, day = -1, days = 0;
        foreach (var word in date.Text.Split([' ', '.', ',', '\'', '’', '-', '–'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) && word.Length >= 3 && Text.Months.Parse(word) is { } mo) month = mo;
            var digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
            if (digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits) is >= 1 and <= 31 and var n)
            {
                day = n;
                days++;
            }
        }
        return month > 0 && days == 1 ? (month, day) : null;
    }
}
