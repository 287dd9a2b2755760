using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders took their places in the Orvana Palace. They signed the accord after an hour": the scene is
/// set in one sentence and the gathering told in the next, so the one venue of a sentence that tells no meeting is where the
/// meeting told first in the following sentence was held (pattern: the setting, then the event). As in
/// <see cref="SentenceVenue"/>: a venue led by a locative, the only one of its sentence, taken by no meeting, given only to a
/// meeting placed nowhere yet, never a call, a recalled gathering or one placed in another country.
/// </summary>
internal static class VenueOfTheSentenceBefore
{
    public const string Rule = "the one venue set with a locative in the sentence before the one that tells the meeting";

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, Func<Mention, bool> isVenue)
    {
        var taken = new HashSet<string>();
        var told = new HashSet<int>();
        // The first reference told in each sentence, of the meetings that may take a venue.
        var first = new Dictionary<int, (Meeting Meeting, MeetingMention Reference)>();
        foreach (var m in meetings)
        {
            foreach (var p in m.Places)
                if (isVenue(p) && p.EntityId is not null) taken.Add(p.EntityId);
            foreach (var x in m.Mentions)
            {
                told.Add(x.Sentence.Index);
                if (m.Kind == MeetingKinds.PhoneCall || m.Recalled || x.Recalled || x.TimeAnchor || x.Speculative) continue;
                if (!first.TryGetValue(x.Sentence.Index, out var f) || x.TokenStart < f.Reference.TokenStart) first[x.Sentence.Index] = (m, x);
            }
        }
        foreach (var (index, (meeting, _)) in first.OrderBy(f => f.Key))
        {
            var before = index - 1;
            if (before < 0 || told.Contains(before)) continue;
            Mention? venue = null;
            var several = false;
            foreach (var p in mentionsBySentence[before])
            {
                if (!(p.Kind == MentionKind.Place && p.EntityId is not null && isVenue(p) && !NotAVenue.Of(p) && SentenceVenue.LedByLocative(p))) continue;
                if (venue is null) venue = p;
                else if (p.EntityId != venue.EntityId) several = true;
            }
            if (venue is null || several || taken.Contains(venue.EntityId!)) continue;
            // A meeting told with a place of its own ("talks in X") has its where; the setting fills only one told nowhere.
            if (meeting.Places.Any(p => p.EntityId is not null)) continue;
            meeting.Places.Add(venue);
            meeting.PlaceRules[venue] = Rule;
            taken.Add(venue.EntityId!);
        }
    }
}
