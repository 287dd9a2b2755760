using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Muizzu's visit to India ... Modi is to visit the Maldives next year", "talks at the palace in Baghdad ... a meeting in
/// Istanbul": a reference placed in another country than the gathering already told is another event, whoever it names
/// (pattern: one gathering stands in one country; a trip's leg abroad or a recalled meeting elsewhere is its own).
/// </summary>
internal static class OtherCountry
{
    /// <param name="countryOf">Place or country id → the country it lies in, when the article tells it.</param>
    public static bool Applies(Meeting meeting, MeetingMention m, Func<string, string?> countryOf)
    {
        // Most references place nothing: then nothing is told apart, and no sets need building (the look-ups are pure).
        if (m.Places.Count == 0 || meeting.Places.Count == 0) return false;
        var here = Countries(meeting.Places, countryOf);
        var there = Countries(m.Places, countryOf);
        return here.Count > 0 && there.Count > 0 && !here.Overlaps(there);
    }

    private static HashSet<string> Countries(IEnumerable<Mention> places, Func<string, string?> countryOf) =>
        places.Where(p => p.EntityId is not null).Select(p => countryOf(p.EntityId!)).OfType<string>().ToHashSet();

    /// <summary>A country is its own; a place lies where the article's LOCATED_IN puts it.</summary>
    public static Func<string, string?> Lookup(RelationshipSet relationships)
    {
        var located = new Dictionary<string, string>();
        foreach (var r in relationships.All.Where(r => r.Type == "LOCATED_IN" && r.From.StartsWith("place:", StringComparison.Ordinal) && r.To.StartsWith("country:", StringComparison.Ordinal)))
            located.TryAdd(r.From, r.To);
        return id => id.StartsWith("country:", StringComparison.Ordinal) ? id : located.GetValueOrDefault(id);
    }

    /// <summary>
    /// "talks in Brasilia ... the visit began in Belem": two towns of one country are two legs of a journey, so a reference placed in
    /// a town the gathering's towns do not include is another event (pattern: one gathering, one town; venues and countries aside).
    /// </summary>
    public static bool OtherTown(Meeting meeting, MeetingMention m, Func<Mention, bool> isTown)
    {
        // As in Applies: a reference or a gathering placed nowhere has no town to differ by.
        if (m.Places.Count == 0 || meeting.Places.Count == 0) return false;
        var here = meeting.Places.Where(p => p.EntityId is not null && isTown(p)).Select(p => p.EntityId!).ToHashSet();
        var there = m.Places.Where(p => p.EntityId is not null && isTown(p)).Select(p => p.EntityId!).ToHashSet();
        return here.Count > 0 && there.Count > 0 && !here.Overlaps(there);
    }
}
