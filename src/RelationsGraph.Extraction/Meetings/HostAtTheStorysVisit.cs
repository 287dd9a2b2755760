using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President Vale arrived for a state visit to Orvania ... Vale and President Dorn signed a river accord": the story's
/// visit, told with its visitor's side only, is hosted by the one counterpart the visitor meets at talks or a signing of
/// the same month (or at a reception of two, a state banquet given for the visitor), so that counterpart attended the visit
/// too (pattern: a visit frames the encounters of its programme, and the one person of the visited side met there is its
/// host). Runs after the meetings have their ids and names, so the host joins the visit without renaming it. Only the
/// story's main visit (the held, current visit told most often, no tie) takes one, only when its people are all of one
/// country, and only the one counterpart of another country (of the visited country, when its place tells one) met two by
/// two with a person of the visit, at an encounter told less often than the visit (or as often, by a visit told twice or
/// more).
/// </summary>
internal static class HostAtTheStorysVisit
{
    public const string Rule = "the counterpart met at the story's visit's own talks or signing hosts the visit";

    /// <param name="countryOf">Person id → the country the person stands for.</param>
    /// <param name="placeCountryOf">Place or country id → the country it lies in (see <see cref="OtherCountry.Lookup"/>).</param>
    public static void Apply(IReadOnlyList<Meeting> meetings, Func<string, string?> countryOf, Func<string, string?> placeCountryOf,
        EntityRegistry registry, RelationshipSet relationships)
    {
        if (MainVisit(meetings) is not { Id: { } visitId } visit) return;
        var present = Present(visit);
        if (present.Count == 0) return;
        var visitorCountries = present.Select(countryOf).ToHashSet();
        if (visitorCountries.Count != 1 || visitorCountries.First() is not { } visitorCountry) return;
        var hosts = new Dictionary<string, Meeting>();
        foreach (var encounter in meetings)
        {
            if (encounter == visit || encounter is not { Held: true, Recalled: false, NotKeptBecause: null, Id: not null } ||
                encounter.Kind is not (MeetingKinds.Signing or MeetingKinds.Talks or MeetingKinds.Reception) ||
                !Meeting.DatesCompatible(Month(visit.Date), Month(encounter.Date))) continue;
            // A reception of two (a state banquet or welcome given for the visitor) is hosted by the visited side, as talks are
            // (pattern: visit coverage telling 'Y hosted a state banquet for X' beside the visit).
            // A two-person encounter of a visitor and one counterpart: a roll of ministers tells no one host.
            // The visit frames the story only when told more often than the encounter: talks told more often are the story's own
            // event, and the visit around them a passing frame.
            if (encounter.Mentions.Count > visit.Mentions.Count || encounter.Mentions.Count == visit.Mentions.Count && visit.Mentions.Count < 2) continue;
            var people = Present(encounter);
            if (people.Count != 2 || !people.Exists(present.Contains)) continue;
            foreach (var id in people)
                if (countryOf(id) is { } c && c != visitorCountry) hosts.TryAdd(id, encounter);
        }
        // One counterpart only: several met one by one leave open which of them hosts.
        if (hosts.Count != 1) return;
        var (host, met) = hosts.First();
        if (countryOf(host) is not { } hostCountry || visit.Absent.Contains(host) || !registry.Contains(host)) return;
        // A visit placed in a third country is not the counterpart's to host.
        var visited = visit.Places.Where(p => p.EntityId is not null).Select(p => placeCountryOf(p.EntityId!)).OfType<string>().ToHashSet();
        if (visited.Count > 0 && !visited.Contains(EntityRegistry.CountryId(hostCountry))) return;
        relationships.Add("ATTENDED", host, visitId, met.ParticipantEvidence[host].Text, 0.7, "host", Rule);
    }

    /// <summary>The held, current visit with the most references; none when two share the most.</summary>
    internal static Meeting? MainVisit(IReadOnlyList<Meeting> meetings)
    {
        var visits = meetings.Where(m => m is { Kind: MeetingKinds.Visit, Held: true, Recalled: false, NotKeptBecause: null, Id: not null })
            .OrderByDescending(m => m.Mentions.Count).ToList();
        if (visits.Count == 0 || visits.Count > 1 && visits[1].Mentions.Count == visits[0].Mentions.Count) return null;
        return visits[0];
    }

    /// <summary>A visit lasts days: a day of its programme is of its month, not of the day it began.</summary>
    internal static string? Month(string? date) => date is { Length: > 7 } ? date[..7] : date;

    internal static List<string> Present(Meeting m) => m.Participants.Keys.Where(id => !m.Absent.Contains(id)).ToList();
}
