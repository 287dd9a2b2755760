using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ninety years ago this month, in the town hall of Varo, five men signed a peace treaty", "On 4 May
/// 1850, two envoys signed the treaty in Brellin": a history or anniversary lead tells the signing through an indefinite counted
/// group ("three men", "two foreign ministers") before it names the signers further down. That clause is the story's signing,
/// held at the town or venue the sentence tells before its subject (a fronted "in"/"at" adjunct) or after the document
/// (pattern: the retrospective lead names the act, its time and its setting, and keeps the names for the next paragraph).
/// The count must open the clause (sentence start or right after a comma), so "years ago four men signed" inside a quote or
/// "of whom two ministers signed" stay out; the definite forms ("the two men") are <see cref="GroupSubjectSigning"/>'s.
/// </summary>
internal static class IndefiniteCountedSigners
{
    /// <summary>How far before the count a fronted place may stand ("in a former monastery in the centre of X, three men").</summary>
    private const int FrontReach = 24;

    /// <summary>How far after the verb the place may stand ("put their names to a treaty in the X Hall").</summary>
    private const int PlaceReach = 24;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        CountAt(tokens, i) is { } q && SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) is var objectEnd and >= 0 &&
        (SignedDocumentAtAPlace.PlaceAfter(tokens, i, objectEnd, mentions, PlaceReach) || FrontedPlace(tokens, q, mentions) is not null);

    /// <summary>
    /// The town or venue fronted before the counted signers of the signing verb at <paramref name="i"/>, or null: the place the
    /// meeting reference's own window does not reach ("in the town hall of Varo, beside the old bridge, three men signed").
    /// </summary>
    public static Mention? FrontedPlaceOf(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        CountAt(tokens, i) is { } q && SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) >= 0 ? FrontedPlace(tokens, q, mentions) : null;

    /// <summary>Where the indefinite count of the signing verb's group subject stands, or null.</summary>
    private static int? CountAt(List<Token> tokens, int i)
    {
        if (i < 2 || i + 1 >= tokens.Count || SignedDocumentAtAPlace.IsPassiveOrInfinitive(tokens, i)) return null;
        var k = i - 1;
        while (k >= 0 && i - k <= 2 && tokens[k].Lower is "then" or "formally" or "jointly" or "finally" or "had" or "duly" or "together") k--;
        if (k < 1 || !GroupSubjectSigning.IsPeopleHead(tokens[k])) return null;
        // Up to two lower-case modifiers ("foreign") between the count and the head.
        var q = k - 1;
        while (q >= 0 && k - q <= 2 && tokens[q].IsWord && !tokens[q].IsCapitalized && !CountWords.TryRead(tokens[q].Text, 2, 12, out _)) q--;
        if (q < 0 || !CountWords.TryRead(tokens[q].Text, 2, 12, out _) || tokens[q].Lower == "both") return null;
        if (q > 0 && tokens[q - 1].Text != ",") return null;
        return q;
    }

    /// <summary>A town or venue led by "in" or "at" in the sentence's fronted adjuncts, before the count.</summary>
    private static Mention? FrontedPlace(List<Token> tokens, int q, IReadOnlyList<Mention> mentions)
    {
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Place || p.EntityId is null || p.TokenEnd > q || q - p.TokenStart > FrontReach || NotAVenue.Of(p)) continue;
            var lead = PlaceLead.IndexBefore(tokens, p.TokenStart);
            // "in the centre of X", "at the edge of X": the town of a locative part phrase.
            if (lead >= 3 && tokens[lead].Lower == "of" && (tokens[lead - 3].Lower is "in" or "at" || lead >= 4 && tokens[lead - 4].Lower is "in" or "at")) lead = tokens[lead - 3].Lower is "in" or "at" ? lead - 3 : lead - 4;
            if (lead < 0 || tokens[lead].Lower is not ("at" or "in")) continue;
            var broken = false;
            for (var j = p.TokenEnd; j < q && !broken; j++) broken = tokens[j].Text is ";" or ":" or "." or "—" or "–";
            if (!broken) return p;
        }
        return null;
    }
}
