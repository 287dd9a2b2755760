using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "they signed a power-sharing arrangement", "the chiefs signed a gas supply contract": general nouns that name a document
/// only when made as one; "any arrangement", "work towards an arrangement", "the contract was worth $400 billion" or
/// "bidding for the contract" name none (the pattern: a general noun is a document when a signing verb governs it).
/// An arrangement may also close a capitalised title ("the Arrangement on Improving Maritime Communication").
/// Kept out of <see cref="AgreementKinds"/> so that other stages do not see every such noun as a document.
/// </summary>
internal static class SignedGeneralNoun
{
    /// <summary>The nouns, and whether a capitalised title alone makes one a document.</summary>
    private static readonly Dictionary<string, bool> TitleSuffices = new() { ["arrangement"] = true, ["contract"] = false };

    public static bool IsOne(string lower) => TitleSuffices.ContainsKey(lower);

    /// <param name="noun">Where the noun stands.</param>
    /// <param name="phraseStart">Where its noun phrase opens (its determiner, if any).</param>
    /// <param name="titled">The noun closes a capitalised title.</param>
    public static bool At(List<Token> tokens, int noun, int phraseStart, bool titled)
    {
        if (!TitleSuffices.TryGetValue(tokens[noun].Lower, out var titleSuffices)) return false;
        if (titleSuffices && titled && tokens[noun].IsCapitalized) return true;
        // The signing verb right before the phrase, or one whose object the phrase is ("signed on Friday an arrangement").
        return phraseStart > 0 && SigningVerb.IsAt(tokens, phraseStart - 1) || SigningVerb.HasObjectAt(tokens, phraseStart);
    }

    /// <summary>The general noun a reference ends in, or null (for the trace).</summary>
    public static string? Names(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is var last && IsOne(last) ? last : null;
}
