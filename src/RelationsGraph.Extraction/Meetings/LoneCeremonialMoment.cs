namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "in a speech that drew loud applause", "in his short speech", "when the ceremony ended": a speech, reception or
/// ceremony told once by its noun, by one person at most, with no day, place or grouping of its own, is a moment of the gathering
/// the story already tells, not a gathering of its own (pattern: a ceremonial noun inside the account of another event).
/// </summary>
internal static class LoneCeremonialMoment
{
    public const string Note = "a lone speech or ceremony with one person and no day or place: a moment of the event told";

    /// <param name="placedByDateline">Meetings the dateline city will place: those have a place, so they stay.</param>
    public static void Apply(IEnumerable<Meeting> meetings, IReadOnlySet<Meeting>? placedByDateline)
    {
        foreach (var meeting in meetings.Where(m => IsMoment(m) && placedByDateline?.Contains(m) != true)) meeting.NotKeptBecause = Note;
    }

    private static bool IsMoment(Meeting m) =>
        m.IsCeremonial && m.Mentions.Count == 1 && m.Organization is null && m.Date is null && m.HasNoPlaceAndOnePersonAtMost &&
        // "in a speech", "the ceremony": a noun inside the account; "X addressed the legislature" tells an act of its own.
        m.Mentions[0].NamesAGatheringNoun;
}
