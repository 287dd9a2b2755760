using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President X signed the Ceasefire Agreement at the Convention Centre, together with ...": one named signer putting a
/// document to paper at a named town or venue was at a signing there, though no other signer is named beside the verb
/// (pattern: a signing told through one of its signers; the others follow in the account). Active voice only: the
/// passive readers take "was signed by"; a document with no place ("X signed the bill") is no gathering.
/// </summary>
internal static class SignedAtAPlace
{
    public const string Note = "one signer signing a document at a named place: at the signing there";

    /// <summary>How far after the verb the document's noun and then the place may stand.</summary>
    private const int ObjectReach = 12;
    private const int PlaceReach = 20;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments) =>
        SigningVerb.IsAt(tokens, i) && i > 0 && i + 1 < tokens.Count && SignerAndPlaceAround(tokens, i, mentions, segments);

    /// <summary>The reading past the verb test; apart so that the test, run on every word, makes no closure.</summary>
    private static bool SignerAndPlaceAround(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        if (tokens[i - 1].Lower is "was" or "were" or "been" or "be" or "is" or "are" or "to" || tokens[i + 1].Lower == "by") return false;
        var objectEnd = -1;
        for (var k = SigningVerb.ObjectStart(tokens, i); k < Math.Min(tokens.Count, i + ObjectReach) && tokens[k].Text is not (";" or ":" or "."); k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) { objectEnd = k; break; }
        if (objectEnd < 0) return false;
        var signer = mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd <= i && i - p.TokenEnd <= 3 &&
                                       segments[Math.Min(p.TokenStart, segments.Length - 1)] == segments[i]);
        if (!signer) return false;
        return mentions.Any(p => p.Kind == MentionKind.Place && p.EntityId is not null && p.TokenStart > objectEnd && p.TokenStart - i <= PlaceReach &&
                                 !NotAVenue.Of(p) && PlaceLead.IndexBefore(tokens, p.TokenStart) is var lead && lead > objectEnd &&
                                 tokens[lead].Lower is "at" or "in" &&
                                 !tokens.Skip(i).Take(p.TokenStart - i).Any(t => t.Text is ";" or "."));
    }
}
