namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// The year at which a grouping's document counts the grouping's members: its own year, else its producing meeting's,
/// else the year the story is set in ("fifty years on from the founding summit" tells of that summit's year). The pattern:
/// a retrospective names a grouping's founding text with no year of its own; taken at today's members it would bind states
/// that joined decades later, but at the story's year a state that joined after it is no member, so no side.
/// </summary>
internal static class MembershipYear
{
    public static int? Of(Agreement agreement, int? storyYear) =>
        agreement.Year ?? YearOf(agreement.ProducedBy?.DateOrAssumedYear) ?? storyYear;

    private static int? YearOf(string? date) => date is { Length: >= 4 } && int.TryParse(date[..4], out var y) ? y : null;
}
