using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "they signed a power-sharing arrangement", "the chiefs signed a gas supply contract": general nouns that name a document
/// only when made as one (a verb or noun of signing governs them, or a participle of signing follows: "a $2 billion contract
/// signed in 2011"); "any arrangement", "work towards an arrangement", "the contract was worth $400 billion" or
/// "bidding for the contract" name none (the pattern: a general noun is a document when a signing verb governs it).
/// An arrangement may also close a capitalised title ("the Arrangement on Improving Maritime Communication").
/// Kept out of <see cref="AgreementKinds"/> so that other stages do not see every such noun as a document.
/// </summary>
internal static class SignedGeneralNoun
{
    /// <summary>The nouns, and whether a capitalised title alone makes one a document.</summary>
    private static readonly Dictionary<string, bool> TitleSuffices = new() { ["arrangement"] = true, ["contract"] = false };

    public static bool IsOne(string lower) => TitleSuffices.ContainsKey(lower);

    /// <summary>The nouns (for the finder's cheap first test, see AgreementMentionFinder.DocumentNounAnchors).</summary>
    public static IEnumerable<string> Nouns => TitleSuffices.Keys;

    /// <param name="noun">Where the noun stands.</param>
    /// <param name="phraseStart">Where its noun phrase opens (its determiner, if any).</param>
    /// <param name="titled">The noun closes a capitalised title.</param>
    public static bool At(List<Token> tokens, int noun, int phraseStart, bool titled)
    {
        if (!TitleSuffices.TryGetValue(tokens[noun].Lower, out var titleSuffices)) return false;
        if (titleSuffices && titled && tokens[noun].IsCapitalized) return true;
        // "signed a $3 billion contract": the sum before the noun is a word of its phrase.
        var start = StartBeforeASum(tokens, phraseStart);
        // The signing verb right before the phrase, or one whose object the phrase is ("signed on Friday an arrangement").
        return start > 0 && SigningVerb.IsAt(tokens, start - 1) || SigningVerb.HasObjectAt(tokens, start)
               // "watched the signing of a contract for ten ferries": the noun of signing governs its "of" phrase as the verb does.
               || start > 1 && tokens[start - 1].Lower == "of" && tokens[start - 2].Lower == "signing"
               // "a plant paid for by a $2 billion contract inked in 2019", "an arrangement concluded in May": a participle right after the noun makes it.
               || noun + 1 < tokens.Count && tokens[noun + 1].Lower is "signed" or "concluded" or "inked";
    }

    /// <summary>"a $3 billion contract", "a €300 million contract": the phrase's start before a sum of money and its article.</summary>
    private static int StartBeforeASum(List<Token> tokens, int phraseStart)
    {
        var k = phraseStart;
        while (k > 0 && IsSumWord(tokens[k - 1])) k--;
        if (k == phraseStart && !(k < tokens.Count && IsSumWord(tokens[k]))) return phraseStart;
        return k > 0 && tokens[k - 1].Lower is "a" or "an" or "the" ? k - 1 : k;
    }

    private static bool IsSumWord(Token t) =>
        t.Text is "$" or "€" or "£" or "¥" || t.Lower is "billion" or "million" or "bn" || t.Text.Length > 0 && char.IsAsciiDigit(t.Text[0]);

    /// <summary>The general noun a reference ends in, or null (for the trace).</summary>
    public static string? Names(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is var last && IsOne(last) ? last : null;
}
