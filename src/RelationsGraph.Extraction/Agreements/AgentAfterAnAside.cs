using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The pact was signed on 3 May, again in the capital, by A and B", "was signed in the evening at the lake hotel, where the
/// envoys had been staying, by A", "were signed on Friday, 2 June 2023, in Velora by A": a passive signing whose time and place
/// phrases are broken by commas (a weekday before its date, a place told again, a "where" clause about the place) still has
/// its agents after the "by" that closes them (the pattern: a passive's adjuncts sit between the verb and its "by", however
/// punctuated). The "by" must close a place, a date or a comma, so "after a visit by X" names no signer; no "and", other
/// participle, time conjunction or clause end may stand between.
/// </summary>
internal static class AgentAfterAnAside
{
    /// <summary>How many words the adjuncts may hold before "by".</summary>
    private const int Reach = 28;

    /// <summary>Words after which a later "by" belongs to another clause or act: "and ratified by", "after talks chaired by".</summary>
    private static readonly FrozenSet<string> OtherClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "after", "before", "following", "during", "since", "until", "when", "while", "as", "with", "than", "that", "which", "who",
        "presence", "chosen", "led", "held", "run", "made", "given", "taken", "seen", "won", "known", "drawn", "written", "set", "built", "put",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"was signed", "were formally signed", "had been signed": the signing at <paramref name="verb"/> is passive.</summary>
    private static bool Passive(List<Token> tokens, int verb)
    {
        if (tokens[verb].Lower != "signed" || verb < 1) return false;
        var k = tokens[verb - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && verb >= 2 ? verb - 2 : verb - 1;
        return tokens[k].Lower is "was" or "were" or "been" or "be";
    }

    /// <summary>The "by" of the passive signing at <paramref name="verb"/> past its comma-broken adjuncts, or -1.</summary>
    public static int By(List<Token> tokens, int verb)
    {
        if (!Passive(tokens, verb)) return -1;
        for (var k = verb + 1; k < tokens.Count && k <= verb + Reach; k++)
        {
            var t = tokens[k];
            if (t.Lower == "by")
            {
                var before = tokens[k - 1];
                return k > verb + 2 && (before.Text == "," || before.IsWord && before.IsCapitalized || before.Text.Length > 0 && before.Text.All(char.IsDigit)) && !WitnessedBy.At(tokens, k) ? k : -1;
            }
            if (t.Text is ";" or ":" or "." or "(" or ")" or "\"" or "—" or "–" || OtherClauseWords.Contains(t.Text) || SigningVerb.IsAt(tokens, k)
                || t.IsWord && !t.IsCapitalized && t.Lower.Length > 3 && t.Lower.EndsWith("ed", StringComparison.Ordinal)) return -1;
        }
        return -1;
    }
}
