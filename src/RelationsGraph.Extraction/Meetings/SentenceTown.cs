using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On Monday both premiers put their names to the accord in Varo in the king's presence", "In Lindham on 3 May, the
/// ministers signed a protocol", "what began in Kessel in July 1961, when the two premiers first met": a known town led by
/// "in" or "at" in a sentence that tells a meeting with its own date is where that meeting was held, however far from the
/// meeting's words it stands (pattern: a gathering is told with its own where and when, as <see cref="SentenceVenue"/> gives
/// it its venue). Only a meeting placed nowhere yet takes it, before the dateline is read (a place belongs to the meeting of
/// its own sentence, see <see cref="TownInItsOwnSentence"/>); only when the sentence names no other town; never a call; the
/// dated reference nearest the town takes it when the sentence tells several meetings.
/// </summary>
internal static class SentenceTown
{
    public const string Rule = "the one town named with a locative in the sentence that tells the meeting";

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, Func<Mention, bool> isTown)
    {
        // Plain loops: this reads every meeting of every article.
        var bySentence = new Dictionary<int, List<(Meeting Meeting, MeetingMention Reference)>>();
        foreach (var m in meetings)
        {
            if (m.Kind == MeetingKinds.PhoneCall) continue;
            foreach (var x in m.Mentions)
            {
                // An undated reference leaves the sentence's town to the story's own gathering or the dateline.
                if (x.TimeAnchor || x.Speculative || x.Date is null) continue;
                if (!bySentence.TryGetValue(x.Sentence.Index, out var references)) bySentence[x.Sentence.Index] = references = [];
                references.Add((m, x));
            }
        }
        foreach (var (index, references) in bySentence)
        {
            Mention? town = null;
            var several = false;
            // "lawmakers in Lindham and Varo": a sentence naming a second town, led by a locative or not, does not say which
            // one the gathering was in.
            foreach (var p in mentionsBySentence[index])
            {
                if (!(p is { Kind: MentionKind.Place, EntityId: not null, Iso2: not null } && isTown(p) && !NotAVenue.Of(p))) continue;
                if (town is not null && town.EntityId != p.EntityId) several = true;
                else if (LedByLocative(p) && !OfAnotherNoun(p, references)) town = p;
                else several = true;
            }
            if (town is null || several) continue;
            Meeting? meeting = null;
            var nearest = 0;
            foreach (var (candidate, reference) in references)
            {
                var distance = Distance(reference, town);
                if (meeting is null || distance < nearest) (meeting, nearest) = (candidate, distance);
            }
            if (meeting!.Places.Any(p => p.EntityId is not null)) continue;
            meeting.Places.Add(town);
            meeting.PlaceRules[town] = Rule;
        }
    }

    private static int Distance(MeetingMention reference, Mention place) =>
        place.TokenStart >= reference.TokenEnd ? place.TokenStart - reference.TokenEnd : Math.Max(0, reference.TokenStart - place.TokenEnd);

    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "that",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "discussed the war in Lindham", "the envoy of the republic in Varo": a town after "the" + noun + "in" qualifies that noun
    /// (what happened there, who is posted there), unless the noun is the meeting's own word ("the ceremony in Varo").
    /// </summary>
    private static bool OfAnotherNoun(Mention place, List<(Meeting Meeting, MeetingMention Reference)> references)
    {
        var tokens = place.Sentence.Tokens;
        var lead = PlaceLead.IndexBefore(tokens, place.TokenStart);
        var noun = lead - 1;
        if (noun < 1 || tokens[noun].IsCapitalized || !char.IsLetter(tokens[noun].Text[0])) return false;
        // "told reporters in Varo", "lawmakers in Lindham": a plural noun before the town is the people or things there.
        if (!Determiners.Contains(tokens[noun - 1].Text) && !(tokens[noun].Lower.EndsWith('s') && !tokens[noun].Lower.EndsWith("ss"))) return false;
        foreach (var (_, reference) in references)
            if (noun >= reference.TokenStart && noun < reference.TokenEnd) return false;
        return true;
    }

    private static bool LedByLocative(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var lead = PlaceLead.IndexBefore(tokens, place.TokenStart);
        if (lead < 0 || tokens[lead].Lower is not ("in" or "at") || SpeakersPlace.Is(tokens, place) || ReactionPlace.Is(tokens, place)) return false;
        // "In Ravena, the opposition called the accord a surrender": a sentence that opens on a town and a comma frames
        // where a reaction or aside comes from, not where the sentence's gathering is (pattern: scene-setting opener).
        if (lead == 0 && place.TokenEnd < tokens.Count && tokens[place.TokenEnd].Text == ",") return false;
        // "Saturday afternoon in Lindham": the town of a clock time says whose time it is, not where anyone met.
        if (lead > 0 && tokens[lead - 1].Lower is "morning" or "afternoon" or "evening" or "night" or "time") return false;
        // "at Lindham Abbey": a town word that opens a longer name is part of that name.
        return place.TokenEnd >= tokens.Count || !tokens[place.TokenEnd].IsCapitalized;
    }
}
