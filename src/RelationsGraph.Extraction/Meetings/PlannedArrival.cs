using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Several leaders, including A, are due to arrive on Sunday", "B and C have confirmed their attendance": an arrival or a
/// confirmed attendance still to come, told with no meeting noun, is attendance of the gathering the story is about, its
/// own planned or coming one, never one the story recalls from before its day (pattern: a preview's roll of the expected guests).
/// </summary>
internal static class PlannedArrival
{
    public const string Note = "planned arrival: at the story's own coming gathering, not one dated before the story";

    /// <summary>True at "arrive" of "due/expected/set/scheduled to arrive", or at "attendance"/"participation" of "confirmed their attendance".</summary>
    public static bool IsAt(List<Token> tokens, int i) => IsArrival(tokens, i) || IsConfirmedAttendance(tokens, i);

    private static bool IsArrival(List<Token> tokens, int i) =>
        tokens[i].Lower == "arrive" && i >= 2 && tokens[i - 1].Lower == "to" && tokens[i - 2].Lower is "due" or "expected" or "set" or "scheduled";

    /// <summary>"have confirmed their attendance", "has confirmed his participation"; not "had not (yet) confirmed".</summary>
    public static bool IsConfirmedAttendance(List<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("attendance" or "participation") || i < 2 || tokens[i - 1].Lower is not ("their" or "his" or "her") ||
            tokens[i - 2].Lower != "confirmed") return false;
        for (var k = Math.Max(0, i - 5); k < i - 2; k++)
            if (tokens[k].Lower is "not" or "n't" or "yet" or "never" or "no") return false;
        return true;
    }

    /// <summary>
    /// The gathering a planned attendance joins instead of <paramref name="target"/> when that one is dated before the story's
    /// day: the first gathering told that is neither recalled nor dated before the story (null when none, or no need).
    /// </summary>
    public static Meeting? Instead(IReadOnlyList<Meeting> meetings, Meeting target, MeetingMention m, DateOnly? published)
    {
        if (!m.Attendance || !m.Planned || published is null || !Before(target.Date, published.Value)) return null;
        return meetings.FirstOrDefault(x => x != target && !x.Recalled && x.Kind != MeetingKinds.PhoneCall && !Before(x.Date, published.Value) && x.Date is not null);
    }

    /// <summary>A date ("2025-04", "2025-04-09") strictly before the day of publication, compared at its own precision.</summary>
    private static bool Before(string? date, DateOnly published)
    {
        if (date is null || date.Length < 4) return false;
        var day = published.ToString("yyyy-MM-dd");
        return string.CompareOrdinal(date, day[..Math.Min(date.Length, day.Length)]) < 0;
    }
}
