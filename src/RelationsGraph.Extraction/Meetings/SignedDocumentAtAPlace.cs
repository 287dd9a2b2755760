using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The object and place of an active signing verb, shared by the rules that read a signing at a place through its subject
/// (<see cref="SignedAtAPlace"/>: one named signer; <see cref="GroupSubjectSigning"/>: a group): the document the verb
/// governs, then a town or venue told with "at" or "in" after it in the same clause ("signed the accord at the X Palace").
/// </summary>
internal static class SignedDocumentAtAPlace
{
    /// <summary>How far after the verb the document's noun may stand.</summary>
    private const int ObjectReach = 12;

    /// <summary>"was signed", "to sign", "signed by": not the active voice these rules read.</summary>
    public static bool IsPassiveOrInfinitive(List<Token> tokens, int i) =>
        tokens[i - 1].Lower is "was" or "were" or "been" or "be" or "is" or "are" or "to" || tokens[i + 1].Lower == "by";

    /// <summary>The document noun the verb at <paramref name="i"/> governs within its clause, or -1; plural nouns only when <paramref name="plurals"/>.</summary>
    public static int DocumentEnd(List<Token> tokens, int i, bool plurals)
    {
        for (var k = SigningVerb.ObjectStart(tokens, i); k < Math.Min(tokens.Count, i + ObjectReach) && tokens[k].Text is not (";" or ":" or "."); k++)
            if (IsDocument(tokens[k].Lower, tokens[k - 1].Lower, plurals)) return k;
        return -1;
    }

    /// <summary>A town or venue after the document, led by "at" or "in", within <paramref name="placeReach"/> tokens of the verb and its clause.</summary>
    public static bool PlaceAfter(List<Token> tokens, int i, int objectEnd, IReadOnlyList<Mention> mentions, int placeReach) =>
        PlaceMentionAfter(tokens, i, objectEnd, mentions, placeReach) is not null;

    /// <summary>The town or venue <see cref="PlaceAfter"/> finds, or null.</summary>
    public static Mention? PlaceMentionAfter(List<Token> tokens, int i, int objectEnd, IReadOnlyList<Mention> mentions, int placeReach)
    {
        foreach (var p in mentions)
        {
            // An unnamed seat ("at the presidential palace") names no town or venue of its own: it places a signing, but is no sign of one.
            if (p.Kind != MentionKind.Place || p.EntityId is null || p.TokenStart <= objectEnd || p.TokenStart - i > placeReach || NotAVenue.Of(p) || UnnamedSeatOfOffice.Is(p)) continue;
            var lead = PlaceLead.IndexBefore(tokens, p.TokenStart);
            if (lead <= objectEnd || tokens[lead].Lower is not ("at" or "in")) continue;
            var broken = false;
            for (var k = i + 1; k < p.TokenStart && !broken; k++) broken = tokens[k].Text is ";" or "." or ":";
            if (!broken) return p;
        }
        return null;
    }

    /// <summary>A document noun; with <paramref name="plurals"/> its plural too ("put their names to the treaties": a group often signs several).</summary>
    private static bool IsDocument(string lower, string previous, bool plurals) =>
        AgreementKinds.KindOf(lower, previous) is not null ||
        plurals && lower.Length > 4 && lower[^1] == 's' && AgreementKinds.KindOf(lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" : lower[..^1], previous) is not null;
}
