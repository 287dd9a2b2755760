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

    private static readonly FrozenSet<string> Locatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "at", "in", "on", "inside" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, Func<Mention, bool> isVenue)
    {
        // Plain loops (no SelectMany, GroupBy, OrderBy): this reads every meeting of every article.
        // A venue some meeting reference already took belongs to that reference's gathering.
        var taken = new HashSet<string>();
        foreach (var m in meetings)
            foreach (var p in m.Places)
                if (isVenue(p)) taken.Add(Key(p));
        // The references by sentence, sentences in order of first reference.
        var bySentence = new Dictionary<int, List<(Meeting Meeting, MeetingMention Reference)>>();
        var sentences = new List<int>();
        foreach (var m in meetings)
        {
            if (m.Kind == MeetingKinds.PhoneCall || m.Recalled) continue;
            foreach (var x in m.Mentions)
            {
                if (x.Recalled || x.TimeAnchor || x.Speculative) continue;
                if (!bySentence.TryGetValue(x.Sentence.Index, out var references))
                {
                    bySentence[x.Sentence.Index] = references = [];
                    sentences.Add(x.Sentence.Index);
                }
                references.Add((m, x));
            }
        }
        foreach (var index in sentences)
        {
            Mention? venue = null;
            var several = false;
            foreach (var p in mentionsBySentence[index])
            {
                if (!(p.Kind == MentionKind.Place && p.EntityId is not null && isVenue(p) && !NotAVenue.Of(p) && LedByLocative(p))) continue;
                if (venue is null) venue = p;
                else if (Key(p) != Key(venue)) several = true;
            }
            if (venue is null || several || taken.Contains(Key(venue))) continue;
            // "welcomed on the square at the start of talks": of several meetings told in the sentence, the venue is the nearest one's.
            Meeting? meeting = null;
            var nearest = 0;
            foreach (var (candidate, reference) in bySentence[index])
            {
                var distance = Distance(reference, venue);
                if (meeting is null || distance < nearest) (meeting, nearest) = (candidate, distance);
            }
            if (meeting!.Places.Any(isVenue) || meeting.Places.Any(p => p.Iso2 is not null && venue.Iso2 is not null && p.Iso2 != venue.Iso2)) continue;
            meeting.Places.Add(venue);
            meeting.PlaceRules[venue] = Rule;
        }
    }

    private static int Distance(MeetingMention reference, Mention place) =>
        place.TokenStart >= reference.TokenEnd ? place.TokenStart - reference.TokenEnd : Math.Max(0, reference.TokenStart - place.TokenEnd);

    internal static bool LedByLocative(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var lead = PlaceLead.IndexBefore(tokens, place.TokenStart);
        return lead >= 0 && Locatives.Contains(tokens[lead].Text) && !SpeakersPlace.Is(tokens, place) && !ReactionPlace.Is(tokens, place);
    }

    private static string Key(Mention place) => place.EntityId!;
}
