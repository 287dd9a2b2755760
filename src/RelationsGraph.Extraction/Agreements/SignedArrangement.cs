using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Foxx signed an arrangement in Havana restoring flights", "they signed a power-sharing arrangement", "signed the
/// Arrangement on Improving Maritime Communication": "arrangement" is the diplomats' softer word for a settlement, and a
/// document only when signed or given a title; "any arrangement", "work towards a trade arrangement" or "a reciprocal
/// arrangement was in place" name none (the pattern: a general noun is a document when made as one). Kept out of
/// <see cref="AgreementKinds"/> so that other stages do not see every arrangement as a document.
/// </summary>
internal static class SignedArrangement
{
    /// <param name="noun">Where "arrangement" stands.</param>
    /// <param name="phraseStart">Where its noun phrase opens (its determiner, if any).</param>
    /// <param name="titled">The noun closes a capitalised title.</param>
    public static bool At(IReadOnlyList<Token> tokens, int noun, int phraseStart, bool titled)
    {
        if (tokens[noun].Lower != "arrangement") return false;
        if (titled && tokens[noun].IsCapitalized) return true;
        // The signing verb right before the phrase, or one whose object the phrase is ("signed on Friday an arrangement").
        return phraseStart > 0 && SigningVerb.IsAt(tokens, phraseStart - 1) || SigningVerb.HasObjectAt(tokens, phraseStart);
    }

    /// <summary>Whether a reference's noun is an arrangement (for the trace).</summary>
    public static bool Names(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower == "arrangement";
}
