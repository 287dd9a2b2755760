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

    /// <summary>How far after the verb the place may stand.</summary>
    private const int PlaceReach = 20;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments) =>
        SigningVerb.IsAt(tokens, i) && i > 0 && i + 1 < tokens.Count && SignerAndPlaceAround(tokens, i, mentions, segments);

    /// <summary>The reading past the verb test; apart so that the test, run on every word, makes no closure.</summary>
    private static bool SignerAndPlaceAround(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        if (SignedDocumentAtAPlace.IsPassiveOrInfinitive(tokens, i)) return false;
        var objectEnd = SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: SeveralDocumentsAtOneTable.Enabled);
        if (objectEnd < 0) return false;
        var signer = mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd <= i && i - p.TokenEnd <= 3 &&
                                       segments[Math.Min(p.TokenStart, segments.Length - 1)] == segments[i]) ||
                     SignerBeforeHisApposition(tokens, i, mentions, segments);
        return signer && SignedDocumentAtAPlace.PlaceAfter(tokens, i, objectEnd, mentions, PlaceReach);
    }

    /// <summary>How many tokens a parenthetical between the subject and the verb may hold.</summary>
    private const int ParentheticalReach = 16;

    /// <summary>
    /// The signer set off from the verb by a parenthetical between commas (pattern: news names a signer, or a group of
    /// signers, then says who they are, then what they did): "Prince Arlo, the Deputy Prime Minister of Veldia, had signed
    /// the accord in Tarsk" (the name ends right before the opening comma), or "the premiers of both states, Ana Rusu for the
    /// east and Ion Vlad for the west, signed ..." (the named signers stand inside the parenthetical that names the group,
    /// the last of them ending a short qualifier before its closing comma). An auxiliary or adverb may stand between the
    /// closing comma and the verb.
    /// </summary>
    private static bool SignerBeforeHisApposition(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        var close = i - 1;
        while (close > 0 && i - close <= 2 && tokens[close].Lower is "had" or "has" or "have" or "also" or "then" or "later" or "jointly" or "formally") close--;
        if (close < 2 || tokens[close].Text != ",") return false;
        var open = -1;
        for (var k = close - 1; k > 0 && close - k <= ParentheticalReach; k--)
        {
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")" or "\"") return false;
            if (tokens[k].Text == ",") { open = k; break; }
        }
        if (open < 1) return false;
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Person || p.EntityId is null || p.TokenEnd > close || p.TokenEnd < open) continue;
            if (segments[Math.Min(p.TokenStart, segments.Length - 1)] != segments[i]) continue;
            if (p.TokenEnd == open || p.TokenStart > open && close - p.TokenEnd <= 3) return true;
        }
        return false;
    }
}
