namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the fisheries pact on Tuesday ... On Thursday, C and D signed a second accord": in a story whose calendar
/// is unknown, day words stay unresolved, yet two references told with different weekdays (or different months) are
/// different events all the same; an undated gathering whose own references name one weekday does not take a reference
/// told on another (pattern: the day word tells events apart before any calendar date does).
/// Only like compares with like: a weekday with a weekday, a month with a month; and only events of one sitting do:
/// a visit, summit or conference runs over days ("a visit from Tuesday"), so its day words do not bound it, save that a
/// signing told on one weekday is not the signing or ceremony within it told on another.
/// </summary>
internal static class DayWordApart
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (m.Definite || m.RefersToGroup || m.Planned) return false;
        if (meeting.Date is not null || m.Date is not { Value: null } own || Lasting(m.Kind)) return false;
        // "Nixon and Podgorny signed an accord on Tuesday" within a summit whose own signing ceremony is told on Friday: a
        // signing is one sitting, so within a gathering that runs over days it is told apart from the signing or ceremony
        // of another weekday (only those sittings of the lasting gathering are compared).
        var withinLasting = Lasting(meeting.Kind);
        if (withinLasting && !m.Signing) return false;
        var (weekday, month) = Words(own.Text);
        if (weekday < 0 && month < 0) return false;
        var differs = false;
        foreach (var x in meeting.Mentions)
        {
            if (x.Date is not { Value: null } other || Lasting(x.Kind) || x.Planned) continue;
            if (withinLasting && !(x.Signing || x.Kind is MeetingKinds.Signing or MeetingKinds.Ceremony)) continue;
            var (w, mo) = Words(other.Text);
            if (weekday >= 0 && w >= 0)
            {
                if (w == weekday) return false;
                differs = true;
            }
            else if (weekday < 0 && w < 0 && month >= 0 && mo >= 0)
            {
                if (mo == month) return false;
                differs = true;
            }
        }
        return differs;
    }

    private static bool Lasting(string kind) => kind is MeetingKinds.Visit or MeetingKinds.Summit or MeetingKinds.Conference;

    /// <summary>The weekday and the month a date's words name, -1 for none ("Feb.", "Sept" and "March" alike).</summary>
    internal static (int Weekday, int Month) Words(string text)
    {
        int weekday = -1, month = -1;
        foreach (var word in text.Split([' ', '.', ',', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Text.Months.ParseWeekday(word) is { } day) weekday = (int)day;
            if (char.IsUpper(word[0]) && word.Length >= 3 && Text.Months.Parse(word) is { } m) month = m;
        }
        return (weekday, month);
    }
}
