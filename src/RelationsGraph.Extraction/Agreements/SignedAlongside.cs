using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B signed the Treaty of Velm. Alongside it, ministers signed four memorandums", "The two leaders also signed a
/// joint statement", "Also signed today was the Fund Agreement": a document told as signed besides the one told just
/// before comes out of the same meeting as that one (the pattern: a report tells the main document's making, with its
/// place and gathering, then adds the lesser texts of the same act with "alongside" or "also", telling no making of their
/// own). The document told last before it must have a producer of the story; the companion's producer then replaces
/// whatever guess the nearest-meeting rules made.
/// </summary>
internal static class SignedAlongside
{
    public static void Assign(IReadOnlyList<Agreement> agreements)
    {
        var changes = new List<(Agreement Agreement, Meeting Producer, Meeting? Also, Sentence Evidence)>();
        foreach (var agreement in agreements)
        {
            if (agreement.Mentions.Any(m => m.Recalled || m.Upheld)) continue;
            var mention = agreement.Mentions.FirstOrDefault(m => m.Concluded && !m.NotMade && !m.Recalled && Cue(m.Sentence.Tokens, m.TokenStart));
            if (mention is null) continue;
            if (CompanionBefore(agreements, agreement, mention) is not { ProducedBy: { } producer } companion) continue;
            if (agreement.Year is { } year && YearOf(producer) is { } y && y != year) continue;
            changes.Add((agreement, producer, companion.AlsoProducedBy, mention.Sentence));
        }
        foreach (var (agreement, producer, also, evidence) in changes)
        {
            agreement.ProducedBy = producer;
            agreement.AlsoProducedBy = also;
            agreement.ProducedEvidence = evidence;
            agreement.ProducedByReference = false;
        }
    }

    /// <summary>"alongside it", "alongside the treaty", or "also" right before a signing verb, before the document in its sentence.</summary>
    /// <remarks>
    /// "Alongside" counts only in a sentence that tells a signing ("alongside it, ministers signed"); "also" only after a
    /// subject that refers back to the people of the signing told before ("the two presidents also signed", "they also
    /// signed"), not after a new signer ("Ruritania also signed a loan accord" tells another act).
    /// </remarks>
    internal static bool Cue(List<Token> tokens, int documentStart)
    {
        for (var i = 0; i < documentStart && i < tokens.Count; i++)
        {
            if (tokens[i].Lower == "alongside" && i + 1 < tokens.Count && tokens[i + 1].Lower is "it" or "the" or "this" or "that" or "them"
                && SigningVerb.AnyIn(tokens)) return true;
            // "the two presidents also signed", "A and B, the two ministers, also signed": the subject's head right before, or closing an apposition.
            if (tokens[i].Lower == "also" && i + 1 < tokens.Count && SigningVerb.IsAt(tokens, i + 1)
                && (i > 0 && ReferringSubjects.Contains(tokens[i - 1].Lower) || i > 1 && tokens[i - 1].Text == "," && ReferringSubjects.Contains(tokens[i - 2].Lower))) return true;
        }
        return false;
    }

    /// <summary>Plural subjects that refer back to the people of a signing already told.</summary>
    private static readonly HashSet<string> ReferringSubjects = new(StringComparer.Ordinal)
    {
        "they", "two", "both", "leaders", "presidents", "ministers", "men", "sides", "governments", "countries", "officials",
        "delegations", "parties", "pair", "premiers", "heads", "secretaries", "envoys", "delegates",
    };

    /// <summary>The other document of the story named last before the mention: earlier in its sentence, else in the sentences before.</summary>
    private static Agreement? CompanionBefore(IReadOnlyList<Agreement> agreements, Agreement agreement, AgreementMention mention)
    {
        Agreement? best = null;
        (int Sentence, int Token) bestAt = (-1, -1);
        foreach (var other in agreements)
        {
            if (other == agreement) continue;
            foreach (var m in other.Mentions)
            {
                var at = (m.Sentence.Index, m.TokenStart);
                if (at.Index > mention.Sentence.Index || at.Index == mention.Sentence.Index && at.TokenStart >= mention.TokenStart) continue;
                if (at.Index > bestAt.Sentence || at.Index == bestAt.Sentence && at.TokenStart > bestAt.Token)
                {
                    best = other;
                    bestAt = at;
                }
            }
        }
        return best is not null && !best.Mentions.Any(m => m.Recalled) && mention.Sentence.Index - bestAt.Sentence <= 2 ? best : null;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
