namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two kings met in Sorvane on Tuesday ... They first met at a border post in June last year": in a story whose calendar
/// is unknown, "last year", "last month", "last July" stay unresolved, yet they still say the reference looks back to an earlier
/// event than the one reported (pattern: a look-back time word tells a recalled event apart even without a calendar, as
/// <see cref="EarlierMonth"/> does with one). A look-back reference joins only a gathering told with that same time word,
/// and a gathering told only with look-back words takes no reference told with a time word of the present. Placed, such a
/// reference is a gathering of its own, as one with a calendar date and a place is ("experts met in Varo last year").
/// </summary>
internal static class UndatedLookBack
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published)
    {
        if (published is not null || meeting.Recalled) return false;
        var own = LookBack(m);
        if (own is not null)
        {
            foreach (var x in meeting.Mentions)
                if (LookBack(x) == own) return false;
            return true;
        }
        // The mirror: a present time word ("on Tuesday", "today") does not join a gathering told only as a look back.
        if (m.Date is not { Value: null } || meeting.Mentions.Count == 0) return false;
        foreach (var x in meeting.Mentions)
            if (LookBack(x) is null) return false;
        return true;
    }

    /// <summary>Whether the reference's unresolved date words look back to an earlier event.</summary>
    public static bool Of(MeetingMention m) => LookBack(m) is not null;

    /// <summary>The reference's unresolved date words when they look back ("last year", "June last year", "last May", "a year ago", "earlier this year"), else null.</summary>
    private static string? LookBack(MeetingMention m)
    {
        if (m.Date is not { Value: null } date) return null;
        var words = date.Text.ToLowerInvariant().Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "ago" || words[i] == "earlier" && i + 1 < words.Length && words[i + 1] == "this") return date.Text.ToLowerInvariant();
            if (words[i] is "last" or "previous" && i + 1 < words.Length &&
                (words[i + 1] is "year" or "month" or "spring" or "summer" or "autumn" or "fall" or "winter" || Text.Months.Parse(words[i + 1]) is not null))
                return date.Text.ToLowerInvariant();
        }
        return null;
    }
}
