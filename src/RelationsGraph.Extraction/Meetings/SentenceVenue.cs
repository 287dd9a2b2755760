using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The declaration was signed at the Maximos Mansion, the prime minister's residence, at the end of the council's session",
/// "X announced the decision at the Sandton Convention Centre on the final day of the summit": a named venue led by a
/// locative in a sentence that tells a meeting is where that meeting was held, however far from the meeting's noun or verb
/// it stands (pattern: the venue of the sentence that tells the gathering). Only a meeting with no venue yet takes it, only
/// when the sentence names one venue, and never a call, a recalled gathering or one placed in another country.
/// </summary>
internal static class SentenceVenue
{
    public const string Rule = "the one venue named with a locative in the sentence that tells the meeting";

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "at", "in", "on", "inside" };

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, Func<Mention, bool> isVenue)
    {
        // A venue some meeting reference already took belongs to that reference's gathering.
        var taken = meetings.SelectMany(m => m.Places).Where(isVenue).Select(Key).ToHashSet();
        var references = meetings
            .Where(m => m.Kind != MeetingKinds.PhoneCall && !m.Recalled)
            .SelectMany(m => m.Mentions.Where(x => !x.Recalled && !x.TimeAnchor && !x.Speculative).Select(x => (Meeting: m, Reference: x)))
            .GroupBy(x => x.Reference.Sentence.Index);
        foreach (var sentence in references)
        {
            var venues = mentionsBySentence[sentence.Key]
                .Where(p => p.Kind == MentionKind.Place && p.EntityId is not null && isVenue(p) && !NotAVenue.Of(p) && LedByLocative(p)).ToList();
            if (venues.Select(Key).Distinct().Count() != 1 || taken.Contains(Key(venues[0]))) continue;
            var venue = venues[0];
            // "welcomed on the square at the start of talks": of several meetings told in the sentence, the venue is the nearest one's.
            var (meeting, _) = sentence.OrderBy(x => Distance(x.Reference, venue)).First();
            if (meeting.Places.Any(isVenue) || meeting.Places.Any(p => p.Iso2 is not null && venue.Iso2 is not null && p.Iso2 != venue.Iso2)) continue;
            meeting.Places.Add(venue);
            meeting.PlaceRules[venue] = Rule;
        }
    }

    private static int Distance(MeetingMention reference, Mention place) =>
        place.TokenStart >= reference.TokenEnd ? place.TokenStart - reference.TokenEnd : Math.Max(0, reference.TokenStart - place.TokenEnd);

    private static bool LedByLocative(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var lead = PlaceLead.IndexBefore(tokens, place.TokenStart);
        return lead >= 0 && Locatives.Contains(tokens[lead].Text) && !SpeakersPlace.Is(tokens, place);
    }

    private static string Key(Mention place) => place.EntityId!;
}
