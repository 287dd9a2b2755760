using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The leaders held talks at the presidential palace ... in the evening they dined at the opera house": a reference placed at
/// a venue (a building or site, not a town or country) the gathering's venues do not include is another event of the
/// programme (pattern: one gathering, one venue). A visit spans many venues, so it is the one gathering this does not split;
/// a venue inside a town already told ("the Kremlin" after "Moscow") is not another venue, as only venues are compared.
/// </summary>
internal static class OtherVenue
{
    public static bool Applies(Meeting meeting, MeetingMention m, Func<Mention, bool> isTown)
    {
        if (meeting.Kind == MeetingKinds.Visit || meeting.Places.Count == 0 || m.Places.Count == 0) return false;
        var here = Venues(meeting.Places, isTown);
        if (here.Count == 0) return false;
        var there = Venues(m.Places, isTown);
        return there.Count > 0 && !here.Overlaps(there);
    }

    private static HashSet<string> Venues(IEnumerable<Mention> places, Func<Mention, bool> isTown) =>
        places.Where(p => p.EntityId is not null && p.EntityId.StartsWith("place:", StringComparison.Ordinal) && !isTown(p))
              .Select(p => p.EntityId!).ToHashSet();
}
