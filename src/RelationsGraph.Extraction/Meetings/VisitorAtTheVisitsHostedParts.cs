using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President Vale arrived for a state visit to Orvania ... President Dorn hosted a state banquet in the evening": a part of the
/// story's visit (a banquet, a reception, a courtesy call, talks) told with the host's side only, after the visit, was the visitor's too (pattern:
/// the visit's programme is told from the host's side, and the visitor goes unnamed at each of its parts). Runs after the
/// meetings have their ids and names, so the visitor joins the part without renaming it. Only the story's main visit (see
/// <see cref="HostAtTheStorysVisit.MainVisit"/>), told twice or more, whose named people are all of one country lends them, only to a held, current
/// gathering of the visit's month whose people are all of one other country, and placed (when placed) in the visited country.
/// </summary>
internal static class VisitorAtTheVisitsHostedParts
{
    public const string Rule = "the story's visitor at a part of the visit told with its host's side only";

    public static void Apply(IReadOnlyList<Meeting> meetings, Func<string, string?> countryOf, Func<string, string?> placeCountryOf,
        RelationshipSet relationships)
    {
        // A visit told once is a passing mention, not the frame of the story's programme.
        if (HostAtTheStorysVisit.MainVisit(meetings) is not { Id: not null } visit || visit.Mentions.Count < 2) return;
        var visitStart = visit.Mentions.Min(m => m.Sentence.Index);
        var visitors = HostAtTheStorysVisit.Present(visit);
        if (visitors.Count == 0) return;
        var visitorCountries = visitors.Select(countryOf).ToHashSet();
        if (visitorCountries.Count != 1 || visitorCountries.First() is not { } visitorCountry) return;
        var visited = visit.Places.Where(p => p.EntityId is not null).Select(p => placeCountryOf(p.EntityId!)).OfType<string>().ToHashSet();
        foreach (var part in meetings)
        {
            if (part == visit || part is not { Held: true, Recalled: false, NotKeptBecause: null, Id: { } partId } ||
                part.Kind is not (MeetingKinds.Reception or MeetingKinds.Talks or MeetingKinds.Ceremony) ||
                !Meeting.DatesCompatible(HostAtTheStorysVisit.Month(visit.Date), HostAtTheStorysVisit.Month(part.Date))) continue;
            // A part of the programme is told once the visit is: a gathering told before it is the story's own.
            if (part.Mentions.Min(m => m.Sentence.Index) < visitStart) continue;
            var people = HostAtTheStorysVisit.Present(part);
            if (people.Count == 0) continue;
            var countries = people.Select(countryOf).ToHashSet();
            if (countries.Count != 1 || countries.First() is not { } hostCountry || hostCountry == visitorCountry) continue;
            // A part placed in a third country belongs to another leg of the journey.
            var placed = part.Places.Where(p => p.EntityId is not null).Select(p => placeCountryOf(p.EntityId!)).OfType<string>().ToHashSet();
            if (placed.Count > 0 && !placed.Overlaps(visited.Count > 0 ? visited : [EntityRegistry.CountryId(hostCountry)])) continue;
            foreach (var visitor in visitors.Where(v => !part.Absent.Contains(v)))
                relationships.Add("ATTENDED", visitor, partId, part.Mentions[0].Sentence.Text, 0.6, "participant", Rule);
        }
    }
}
