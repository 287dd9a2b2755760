using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The treaty was signed by the two foreign ministers. The Secretary-General presided over the ceremony as a witness": a
/// ceremony told in the sentence that signs a document of the story, or named back ("the ceremony") in the sentence right
/// after it, is where the document was signed, so it produced the document (the pattern: the signing ceremony, not the
/// visit or talks around it, makes what is signed at it). It outranks a gathering the signing sentence merely mentions,
/// never one the sentence points back to ("signed during the visit") nor another signing.
/// </summary>
internal static class CeremonyOfTheSigning
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        var ceremonies = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind == MeetingKinds.Ceremony).ToList();
        if (ceremonies.Count == 0) return;
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedByReference || !Displaceable(agreement.ProducedBy)) continue;
            // Only the story's own documents: one recalled or of another year was signed elsewhere, long ago.
            if (agreement.Mentions.Any(m => m.Recalled) || agreement.Year is { } year && storyYear is { } story && year != story) continue;
            foreach (var signing in agreement.Mentions.Where(m => m.Concluded && !m.Upheld && !m.NotMade && Signs(m.Sentence)))
            {
                var at = signing.Sentence.Index;
                var ceremony = ceremonies.FirstOrDefault(c => YearFits(c, agreement.Year ?? storyYear)
                    && c.Mentions.Any(x => x.Sentence.Index == at || x.Sentence.Index == at + 1 && x.Definite));
                // "Both presidents looked on at the exchange of the documents": a signing told only by its noun is the ceremony's
                // own act, which outranks talks in the same place (see SigningOrExchangeNoun).
                var byItsNoun = !SigningVerb.AnyIn(signing.Sentence.Tokens) && ceremony is not null && ceremony.Mentions.Any(x => x.Sentence.Index == at);
                if (ceremony is null || agreement.ProducedBy is { } told && !ElsewhereThan(told, ceremony) && !byItsNoun) continue;
                agreement.ProducedBy = ceremony;
                agreement.ProducedEvidence = signing.Sentence;
                break;
            }
        }
    }

    /// <summary>A summit's documents stay the summit's, and a signing is already the act itself.</summary>
    private static bool Displaceable(Meeting? producer) =>
        producer is null || producer.Kind is not (MeetingKinds.Signing or MeetingKinds.Ceremony or MeetingKinds.Summit);

    /// <summary>
    /// "The ministers met in Lublin ... and signed the declaration at a short ceremony": a ceremony in the very place of the
    /// meeting already told is a moment of it, which stays the producer; one elsewhere is another occasion.
    /// </summary>
    private static bool ElsewhereThan(Meeting told, Meeting ceremony) =>
        told.PlaceKey is { } here && ceremony.PlaceKey is { } there && here != there;

    /// <summary>A signing verb, or a signing told by its noun or by "exchanged" (see <see cref="SigningOrExchangeNoun"/>).</summary>
    private static bool Signs(Sentence sentence) => SigningVerb.AnyIn(sentence.Tokens) || SigningOrExchangeNoun.AnyIn(sentence.Tokens);

    private static bool YearFits(Meeting m, int? year) =>
        year is null || m.DateOrAssumedYear is not { Length: >= 4 } d || d.StartsWith(year.Value.ToString("D4"), StringComparison.Ordinal);
}
