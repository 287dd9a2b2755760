using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "He said the signed agreements covered trade and security", "X urged speedy work on all the newly signed accords": a
/// signing participle after a determiner modifies the document noun like an adjective and tells no act of signing, so the
/// names or pronouns before it (the speaker, the one urging) are no signers (the pattern: officials and leaders talk about
/// "the signed agreements" long after the signing, with themselves as the subject of a verb of saying or urging).
/// </summary>
internal static class SignedAsAModifier
{
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "all", "these", "those", "this", "that", "its", "their", "his", "her", "our", "a", "an", "every", "each", "any" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the past participle at <paramref name="verb"/> stands after a determiner, perhaps with one "-ly" adverb between.</summary>
    public static bool At(List<Token> tokens, int verb)
    {
        if (tokens[verb].Lower is not ("signed" or "inked" or "initialled" or "initialed")) return false;
        var k = verb - 1;
        if (k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.Length > 4 && tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)) k--;
        if (k < 0 || !tokens[k].IsWord || !Determiners.Contains(tokens[k].Text)) return false;
        // "A, B and C all signed the treaty": a floating "all" before a verb with its own object is no determiner.
        if (verb + 1 >= tokens.Count || !tokens[verb + 1].IsWord || Determiners.Contains(tokens[verb + 1].Text) || Prepositions.Contains(tokens[verb + 1].Text)) return false;
        // "A and B exchange the signed treaty": the two who hand each other the signed copies are its signers.
        return !(k >= 1 && tokens[k - 1].Lower is "exchange" or "exchanged" or "exchanging" or "exchanges" or "swap" or "swapped");
    }

    private static readonly FrozenSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "on", "at", "by", "with", "for", "during", "after", "before", "off", "up", "into", "to", "as", "and", "or" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
