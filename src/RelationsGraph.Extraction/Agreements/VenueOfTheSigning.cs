using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Harbour Accord was signed at the Old Customs House", in a story whose signing ceremony is told elsewhere with its
/// signers: a sentence that places the signing of a document the story's meeting made names where that meeting was held,
/// though it names no person and so forms no meeting reference of its own (pattern: the place adjunct of a signing verb
/// whose object or subject is the document tells where its producing meeting took place). Only a town or venue the
/// meeting still lacks is added: a venue when the meeting has no venue yet, a town when the meeting has no place at all;
/// a place in another country than the meeting's, a signing dated apart from the meeting, a planned signing and a phone call add nothing.
/// </summary>
internal static class VenueOfTheSigning
{
    public const string Rule = "place where the sentence says the meeting's document was signed";

    public static IEnumerable<(Meeting Meeting, Mention Place)> Find(IReadOnlyList<Agreement> agreements,
        Func<Sentence, IReadOnlyList<Mention>> mentionsOf, Func<Mention, bool> isVenue, Func<string, IEnumerable<string>> heldIn,
        ConcludedAtAnotherTime timeApart, Func<string, string?> countryOf)
    {
        var documents = agreements.SelectMany(a => a.Mentions).ToList();
        var placed = new HashSet<Meeting>();
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not { Id: not null, Held: true } meeting || meeting.Kind == MeetingKinds.PhoneCall || placed.Contains(meeting)) continue;
            foreach (var sentence in agreement.Mentions.Select(m => m.Sentence).DistinctBy(s => s.Index))
            {
                if (PlannedSigning.Only(sentence) || timeApart.Apart(sentence, meeting)) continue;
                if (PlaceOfSigning.WithVerb(sentence, mentionsOf(sentence), documents, unknownCountry: true) is not var (place, verb)) continue;
                if (place.Kind != MentionKind.Place || place.EntityId is null || NotAVenue.Of(place)) continue;
                if (SignedDocument(documents, sentence.Index, verb, sentence.Tokens) is not { } signed || !agreement.Mentions.Contains(signed)) continue;
                if (place.Iso2 is not null && PlaceOfSigning.Elsewhere(place, meeting)) continue; // a venue of no known country is in no other
                var held = heldIn(meeting.Id!).ToHashSet();
                if (held.Contains(place.EntityId)) continue;
                var venue = isVenue(place);
                var hasVenue = meeting.Places.Any(p => p.EntityId is not null && held.Contains(p.EntityId) && isVenue(p));
                if (venue ? hasVenue : held.Count > 0) continue;
                // A meeting with no place yet takes only a place in one of its participants' countries.
                if (held.Count == 0 && (place.Iso2 is null || !meeting.Participants.Keys.Any(p => countryOf(p) == place.Iso2))) continue;
                placed.Add(meeting);
                yield return (meeting, place);
                break;
            }
        }
    }

    /// <summary>
    /// The document the signing verb acts on: its subject told right before a passive or participle ("The accord was signed
    /// at", "the accord, signed at", "the accord signed at"), else its object right after an active verb ("Morocco and Spain
    /// signed a declaration at"). A document before an active verb ("the treaty that A and B signed in X on 3 May") is the
    /// object of a relative clause, which tells an act of its own, often another than the meeting's: none.
    /// </summary>
    private static AgreementMention? SignedDocument(List<AgreementMention> documents, int sentence, int verb, List<Token> tokens)
    {
        if (verb == 0) return null;
        var here = documents.Where(d => d.Sentence.Index == sentence).ToList();
        if (tokens[verb - 1].Lower is "was" or "were" or "been" or "being" or "is" or "are" or ",")
            return here.Where(d => d.TokenEnd <= verb).MaxBy(d => d.TokenEnd);
        if (here.FirstOrDefault(d => d.TokenEnd == verb) is { } before) return before;
        return here.Where(d => d.TokenStart > verb && d.TokenStart <= SigningVerb.ObjectStart(tokens, verb) + 2).MinBy(d => d.TokenStart);
    }
}
