namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "sanctions imposed in 2009", "the trade deal of 2010", "first announced when X last visited, in January 2016": a gathering
/// of an earlier year than the story's, told with one person at most and no place or grouping, is a look back in passing
/// (often a year that qualifies something else), not a meeting the story reports (pattern: an older event needs more than
/// a year and a name to stand as a meeting of its own).
/// </summary>
internal static class PassingLookBack
{
    public const string Note = "an earlier year's gathering with one person at most and no place or grouping: a look back in passing";

    /// <param name="placedByDateline">Meetings the dateline city will place: those have a place, so they stay.</param>
    public static void Apply(IEnumerable<Meeting> meetings, int? storyYear, IReadOnlySet<Meeting>? placedByDateline)
    {
        if (storyYear is not { } year) return;
        foreach (var m in meetings.Where(m => m.NotKeptBecause is null && IsPassing(m, year) && placedByDateline?.Contains(m) != true))
            m.NotKeptBecause = Note;
    }

    private static bool IsPassing(Meeting m, int storyYear) =>
        m.Organization is null && m.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var y) && y < storyYear &&
        m.HasNoPlaceAndOnePersonAtMost;
}
