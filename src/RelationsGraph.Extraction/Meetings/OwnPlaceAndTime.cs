using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The leaders signed the accord on the lake shore ... The text had been settled at a round of talks in Varo in March":
/// a reference that names a place of its own and a time of its own, neither of them told of the gathering it would join,
/// is another event recalled (or foreseen) beside the one reported, not more of it (pattern: a background event is told
/// with its own where and when). A time of the story's own week ("on Tuesday", "today") may still complete a gathering
/// told without a date or place, as may a calendar date near the story's; a month, a year or a relative span ("last year",
/// "a month later") sets the reference apart unless a reference of the gathering already carries that time. References of
/// one sentence tell one event in its parts.
/// </summary>
internal static class OwnPlaceAndTime
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, DateOnly? published)
    {
        if (m.Places.Count == 0 || m.Date is not { } own || meeting.Mentions.Count == 0 || m.Definite || m.RefersToGroup) return false;
        foreach (var p in m.Places)
        {
            var key = NameKey.Of(p.Canonical ?? p.Surface);
            foreach (var q in meeting.Places)
                if (NameKey.Of(q.Canonical ?? q.Surface) == key) return false;
        }
        var ownText = own.Text.ToLowerInvariant();
        var anchored = meeting.Places.Count > 0 || meeting.Date is not null;
        foreach (var x in meeting.Mentions)
        {
            // References of one sentence tell one event in its parts ("talks in the capital, where they meet on the 26th").
            if (x.Sentence.Index == m.Sentence.Index) return false;
            if (x.Date is not { } other) continue;
            anchored = true;
            if (own.Value is not null && other.Value is not null && Meeting.DatesCompatible(own.Value, other.Value)) return false;
            if (other.Text.ToLowerInvariant() == ownText) return false;
        }
        if (own.Value is not null && meeting.Date is not null && Meeting.DatesCompatible(own.Value, meeting.Date)) return false;
        // Told without any where or when, the gathering may take a day of the story's week as its own.
        // A calendar date near the story's own is the story's present too.
        return anchored || (own.Value is null ? !OfTheStorysWeek(ownText) : EarlierMonth.IsAwayFromStory(own.Value, published));
    }

    /// <summary>A weekday or a day word of the story's present ("on Tuesday", "today", "this morning").</summary>
    private static bool OfTheStorysWeek(string text)
    {
        foreach (var word in text.Split([' ', '.', ',', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (Months.ParseWeekday(word) is not null || word is "today" or "yesterday" or "tonight" or "tomorrow" or "morning" or "afternoon" or "evening") return true;
        return false;
    }
}
