using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The member states signed the declaration at their annual summit in Corvana", in a story that also tells the Tarsian
/// League's summit in Corvana by name: a document made at a summit told without its grouping, when the story holds one
/// summit of a grouping that year at the same place (or the first summit has no place of its own), comes out of the
/// grouping's summit (the pattern: a report names a bloc's summit once, then calls it "the summit", "their meeting in the
/// city"; both accounts are the one gathering, and its document is the bloc's). A summit of two named leaders is their own
/// bilateral meeting, not the bloc's, and stays the producer.
/// </summary>
internal static class SummitOfItsGrouping
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings)
    {
        var grouped = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Organization is not null
                                          && m.Kind is MeetingKinds.Summit or MeetingKinds.Conference).ToList();
        if (grouped.Count == 0) return;
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not { Id: not null, Organization: null, Kind: MeetingKinds.Summit } summit) continue;
            if (summit.Participants.Keys.Count(p => !summit.Absent.Contains(p)) == 2) continue;
            var year = YearOf(summit);
            var sameYear = grouped.Where(g => g != summit && (year is null || YearOf(g) is not { } y || y == year)).Take(2).ToList();
            if (sameYear.Count != 1 || !SamePlace(summit, sameYear[0])) continue;
            agreement.ProducedBy = sameYear[0];
            agreement.ProducedByReference = false;
        }
    }

    /// <summary>The first summit has no place of its own, or the two share one.</summary>
    private static bool SamePlace(Meeting told, Meeting grouping)
    {
        var own = told.Places.Where(p => p.EntityId is not null).ToList();
        if (own.Count == 0) return true;
        var theirs = grouping.Places.Where(p => p.EntityId is not null).ToList();
        return theirs.Count == 0 ? false : own.Any(p => theirs.Any(t => t.EntityId == p.EntityId
                                                                        || NameKey.Of(t.Canonical ?? t.Surface) == NameKey.Of(p.Canonical ?? p.Surface)));
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
