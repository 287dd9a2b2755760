namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "Few treaties redrew a coast as fast as the one sealed at the abbey on 3 March 1702. ... In May 1701 the war had begun
/// ... the envoys met at a parsonage on 28 February": a history piece that dates its event inside its lede rather than at
/// its start (which <see cref="DatedLede"/> reads) is still set in that distant time, and what it tells without a year (the
/// talks, the treaty) is of that time, not of the year of publication (the pattern: a chronicle names only the dates of
/// one distant period, and never a date of its own present). The story's year is the first date told with its year, in the
/// opening sentences and at least <see cref="Distance"/> years before publication, when the piece names at least one more
/// date of the same period, no date told with a recent year (the publication line aside), and no day or week read from the
/// present ("on Tuesday", "last week", "yesterday"), which a current report that recalls old dates always has.
/// </summary>
internal static class DistantChronicle
{
    /// <summary>How many sentences from the top (masthead, headline and byline included) may hold the first date.</summary>
    private const int Opening = 16;

    /// <summary>How many years before publication a date must lie to be the chronicle's.</summary>
    private const int Distance = 25;

    /// <summary>How many years from the first date another date may lie and still be of the same period.</summary>
    private const int Period = 15;

    /// <summary>Words of a time read from the present: a story that uses them is set there.</summary>
    private static readonly string[] PresentTimes =
        ["yesterday", "tomorrow", "tonight", "this week", "last week", "next week", "this month", "last month", "next month", "this weekend", "last weekend"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The year of the chronicle's first date, or null when the piece is no chronicle of a distant time.</summary>
    public static int? Of(IReadOnlyList<IReadOnlyList<DateExpression>> bySentence, DateOnly? published)
    {
        if (published is not { } p) return null;
        var publication = p.ToString("yyyy-MM-dd");
        int? first = null;
        var sameTime = 0;
        for (var i = 0; i < bySentence.Count; i++)
        {
            // The byline's or dateline's day of publication, printed with its year ("Saturday, 14 December 2024"), dates the
            // page, not the story; "on Tuesday" read as that very day is the story's own present.
            if (i < Opening && bySentence[i].Any(d => d.Value == publication && StoryDayYear.TellsItsYear(d))) continue;
            foreach (var d in bySentence[i])
            {
                var lower = d.Text.ToLowerInvariant();
                if (PresentTimes.Any(lower.Contains) || !lower.Any(char.IsDigit) && Weekdays.Any(lower.Contains)) return null;
                if (d.Value is not { Length: >= 4 } value || !StoryDayYear.TellsItsYear(d) || !int.TryParse(value.AsSpan(0, 4), out var year)) continue;
                // "in 2019", "last year": a recent year, even bare, sets the story in the present.
                if (year > p.Year - Distance) return null;
                if (value.Length < 7) continue;
                if (first is null)
                {
                    if (i >= Opening) return null;
                    first = year;
                }
                if (Math.Abs(year - first.Value) <= Period) sameTime++;
            }
        }
        return sameTime >= 2 ? first : null;
    }
}
