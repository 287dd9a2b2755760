using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Any treaty on shared rivers must pass parliament", "every such deal needs a vote": a document noun under a free-choice or
/// universal quantifier ranges over documents in general and names none (the pattern: a quantified noun phrase is not a
/// referring expression).
/// </summary>
internal static class QuantifiedDocument
{
    private static readonly FrozenSet<string> Quantifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "any", "every" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="noun">The document noun.</param>
    public static bool At(List<Token> tokens, int noun)
    {
        // The quantifier may stand before a few modifiers ("any such new arrangement"), never past a determiner or punctuation.
        for (var k = noun - 1; k >= 0 && k >= noun - 4 && tokens[k].IsWord; k--)
        {
            if (Quantifiers.Contains(tokens[k].Text)) return true;
            if (tokens[k].Lower is "the" or "a" or "an" or "this" or "that") return false;
        }
        return false;
    }
}
