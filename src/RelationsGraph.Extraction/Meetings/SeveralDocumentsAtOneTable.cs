using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed four agreements in X", "the trade ministers, A and B, signed the transit protocols in Y",
/// "C signed the fisheries accords at the Z Palace": news tells a signing of several documents at one table with the plural noun, and that
/// signing is a gathering as surely as the signing of one document (pattern: a plural document noun as the object of an
/// active signing verb). The active joint signing (<see cref="VerbOnlyTriggers.IsJointSigning"/>) and the one signer at a
/// place (<see cref="SignedAtAPlace"/>) read the plural object through <see cref="SignedDocumentAtAPlace.DocumentEnd"/>, as
/// the group-subject signing already did; the joint signing only with a place after the documents.
/// </summary>
internal static class SeveralDocumentsAtOneTable
{
    /// <summary>A plural document noun is a signed object.</summary>
    public const bool Enabled = true;

    /// <summary>How far after the verb the place may stand.</summary>
    private const int PlaceReach = 20;

    /// <summary>
    /// A plural document governed by the active verb at <paramref name="i"/>, with a town or venue after it in the clause: without a
    /// place, "A and B signed the agreements" is as often the story's own signing told again, which the singular object already reads.
    /// </summary>
    public static bool AtAPlace(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        Enabled && i + 1 < tokens.Count && SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) is var end and >= 0 &&
        SignedDocumentAtAPlace.PlaceAfter(tokens, i, end, mentions, PlaceReach);
}
