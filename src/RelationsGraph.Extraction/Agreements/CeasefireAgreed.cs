using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "agreed on Monday to an immediate ceasefire", "signing a truce in Pretoria", "the truce struck in Doha": a ceasefire is a
/// document of the story only when a verb of agreeing or signing governs it right there; "calls for a ceasefire", "ceasefire
/// talks" or "the ceasefire held" name a state of affairs or a wish (the pattern: a common noun of peace is a document when made).
/// </summary>
internal static class CeasefireAgreed
{
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "agree", "agreeing", "signed", "sign", "signing", "reached", "reach", "struck", "sealed", "concluded", "inked", "brokered" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Nouns that make "ceasefire" a modifier: "ceasefire talks", "a ceasefire proposal".</summary>
    private static readonly FrozenSet<string> ModifiedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "talks", "negotiations", "proposal", "plan", "line", "lines", "monitors", "monitoring", "violations", "violation", "mechanism", "commission", "terms", "efforts", "bid", "call", "calls" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsNoun(string lower) => lower is "ceasefire" or "cease-fire" or "truce";

    public static bool At(List<Token> tokens, int phraseStart, int noun) =>
        ByVerb(tokens, phraseStart, noun)
        // "the truce that the two militias signed", "a ceasefire, agreed in Varo": a clause after it tells it was made.
        || !(noun + 1 < tokens.Count && ModifiedNouns.Contains(tokens[noun + 1].Text)) && CeasefireMadeInItsClause.At(tokens, noun);

    /// <summary>A verb of agreeing or signing governs the noun right there: before it, or as a participle right after it.</summary>
    public static bool ByVerb(List<Token> tokens, int phraseStart, int noun)
    {
        if (noun + 1 < tokens.Count && ModifiedNouns.Contains(tokens[noun + 1].Text)) return false;
        // Before: the verb, then at most a date or "to"/"on" and the determiner ("agreed on Monday to an ... ceasefire").
        for (var k = phraseStart - 1; k >= 0 && k >= phraseStart - 5; k--)
        {
            if (tokens[k].Text is "," or ";" or "." or ":") break;
            // "eleven days after signing a truce": a time clause recalls a ceasefire the story tells elsewhere.
            if (MakingVerbs.Contains(tokens[k].Text)) return !(k > 0 && tokens[k - 1].Lower is "after" or "since" or "before" or "until");
        }
        // After: "a truce agreed in Doha", "the ceasefire signed on Friday".
        return noun + 1 < tokens.Count && MakingVerbs.Contains(tokens[noun + 1].Text) && tokens[noun + 1].Lower.EndsWith("ed", StringComparison.Ordinal);
    }
}
