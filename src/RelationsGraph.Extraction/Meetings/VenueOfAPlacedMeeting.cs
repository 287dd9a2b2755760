using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Leaders met in Nairobi on Monday. ... The summit, held at the Kenyatta International Convention Centre, drew ...": a
/// reference that names no one but tells a venue completes the nearby held meeting of its kind that is placed in a town or
/// country and has no venue yet (pattern: venue and town told in different sentences of one account). The meeting must be
/// the only one of its kind that near, placed in no other country, and the venue taken by no other meeting.
/// <see cref="PlaceOnlyReferences"/> does the same for meetings placed nowhere.
/// </summary>
internal static class VenueOfAPlacedMeeting
{
    public const string Rule = "the venue told in a sentence that names no one, beside the town the meeting has";

    private const int SentenceReach = 3;

    public static void Apply(IReadOnlyList<Meeting> meetings, IEnumerable<MeetingMention> mentions, Func<Mention, bool> isVenue)
    {
        var unused = mentions.Where(m => PlaceOnlyReferences.Qualifies(m) && !meetings.Any(x => x.Mentions.Contains(m))).ToList();
        foreach (var m in unused)
        {
            var venues = m.Places.Where(p => p.Kind == MentionKind.Place && p.EntityId is not null && isVenue(p) && !NotAVenue.Of(p))
                .Select(p => p).DistinctBy(p => p.EntityId).ToList();
            if (venues.Count != 1) continue;
            var venue = venues[0];
            if (meetings.Any(x => x.Places.Any(p => p.EntityId == venue.EntityId))) continue;
            var candidates = meetings
                .Where(x => x.Held && !x.Recalled && PlaceOnlyReferences.OfItsKind(x, m) && x.Kind != MeetingKinds.PhoneCall && x.Places.Count > 0 &&
                            !x.Places.Any(isVenue) && !x.Places.Any(p => p.Iso2 is not null && venue.Iso2 is not null && p.Iso2 != venue.Iso2) &&
                            Meeting.DatesCompatible(x.Date, m.Date?.Value))
                .Select(x => (Meeting: x, Distance: x.Mentions.Min(y => Math.Abs(y.Sentence.Index - m.Sentence.Index))))
                .Where(x => x.Distance <= SentenceReach)
                .OrderBy(x => x.Distance)
                .ToList();
            if (candidates.Count == 0 || candidates.Count > 1 && candidates[1].Distance == candidates[0].Distance) continue;
            candidates[0].Meeting.Places.Add(venue);
            candidates[0].Meeting.PlaceRules[venue] = Rule;
        }
    }
}
