using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the two companies' chiefs signed a gas supply contract in front of the presidents": a contract signed at a visit is one
/// of its documents; "the contract was worth $400 billion" or "bidding for the contract" names none on its own (the
/// pattern: a general noun is a document when a signing verb governs it, as for <see cref="SignedArrangement"/>).
/// </summary>
internal static class SignedContract
{
    /// <param name="noun">Where "contract" stands.</param>
    /// <param name="phraseStart">Where its noun phrase opens (its determiner, if any).</param>
    public static bool At(IReadOnlyList<Token> tokens, int noun, int phraseStart) =>
        tokens[noun].Lower == "contract" &&
        (phraseStart > 0 && SigningVerb.IsAt(tokens, phraseStart - 1) || SigningVerb.HasObjectAt(tokens, phraseStart));

    /// <summary>Whether a reference's noun is a contract (for the trace).</summary>
    public static bool Names(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower == "contract";
}
