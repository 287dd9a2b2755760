using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two sides first met in Muscat in 2021 ... 'This is a victory for dialogue,' Wang told the delegations": attendance
/// told without a meeting word belongs to the gathering of the story's time, not to one dated in an earlier year that
/// happened to be told last (pattern: present-time attendance goes to the current event, not a recalled one).
/// </summary>
internal static class StoryTime
{
    /// <summary>Dated in a year before the story's year.</summary>
    public static bool IsEarlier(Meeting meeting, int? storyYear) =>
        storyYear is { } year && meeting.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var y) && y < year;

    /// <summary>
    /// The first candidate <paramref name="accept"/> takes with the candidates ordered latest-told first, those of the story's
    /// time ahead of earlier years' when the sentence names no earlier year itself ("since 2022, when X became the first to
    /// attend" looks back, and keeps the latest-told order); the earliest listed wins a tie. Null when none is taken.
    /// </summary>
    public static Meeting? CurrentFirst(IEnumerable<Meeting> candidates, MeetingMention m, int? storyYear, Func<Meeting, bool>? accept = null)
    {
        var present = !LooksBack(m.Sentence, storyYear);
        // One pass for the first of that order: every reference asks, and only the first is wanted.
        Meeting? first = null;
        int firstEarlier = 0, firstLatest = 0;
        foreach (var x in candidates)
        {
            if (accept is not null && !accept(x)) continue;
            var earlier = present && IsEarlier(x, storyYear) ? 1 : 0;
            var latest = x.Mentions.Max(y => y.Sentence.Index);
            if (first is null || earlier < firstEarlier || earlier == firstEarlier && latest > firstLatest)
                (first, firstEarlier, firstLatest) = (x, earlier, latest);
        }
        return first;
    }

    public const string AnotherYearNote = "present-time attendance: not at a gathering of an earlier year";

    /// <summary>
    /// "Cuban President X, whose government hosted the talks from 2012, sat beside Y. Norway was represented by Z": attendance
    /// told in the story's present never goes to the only gathering told so far when that one is dated in an earlier year;
    /// it waits for, or starts, the gathering of the story's time (pattern: present-time attendance, past-year meeting).
    /// </summary>
    public static bool AttendanceOfAnotherYear(Meeting target, MeetingMention attendance, int? storyYear) =>
        Present(attendance, storyYear) && IsEarlier(target, storyYear);

    /// <summary>Whether the sentence tells a gathering of the story's time: it names no year before the story's.</summary>
    public static bool Present(MeetingMention m, int? storyYear) => !LooksBack(m.Sentence, storyYear);

    /// <summary>
    /// The sentence names a year before the story's ("in 2019", "since 2022"), outside a relative clause: "X, whose government
    /// hosted the talks from 2012, sat beside Y" tells the present with a side note on the past.
    /// </summary>
    private static bool LooksBack(Sentence sentence, int? storyYear)
    {
        if (storyYear is not { } year) return false;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var y) && y >= 1900 && y < year && !RelativeClauseRecall.InsideClause(tokens, i))
                return true;
        return false;
    }
}
