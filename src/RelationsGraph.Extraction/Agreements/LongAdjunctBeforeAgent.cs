using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "was signed early on Friday in the great hall of the old palace in the centre of the capital by A": a passive signing
/// verb ("was/were/been signed") whose time and place phrases open at once after it may hold its "by" further off than
/// other verbs (the pattern: a passive's adjuncts of time and place stand between the verb and its agents; an active verb,
/// a passive without such phrases, or one whose phrases hold another participle, keeps the short reach, so a later "by" of another clause is not read as its agent).
/// </summary>
internal static class LongAdjunctBeforeAgent
{
    /// <summary>The usual reach of the search for "by", and the reach after a passive with adjuncts.</summary>
    private const int ShortReach = 13, LongReach = 22;

    /// <summary>
    /// "the Declaration, signed in the capital on 29 October last year, on the anniversary of the republic, by A, B and C": a
    /// participle set off by a comma after a capitalised word (the document's name) is a passive too, its "by" as far off
    /// (the pattern: a reduced relative clause is a passive without its auxiliary).
    /// </summary>
    private static bool ReducedRelative(List<Token> tokens, int verb) =>
        verb >= 2 && tokens[verb - 1].Text == "," && tokens[verb - 2].IsWord && tokens[verb - 2].IsCapitalized;

    public static int Reach(List<Token> tokens, int verb)
    {
        if (!(verb > 0 && verb + 1 < tokens.Count && (tokens[verb - 1].Lower is "was" or "were" or "been" or "be" || ReducedRelative(tokens, verb)) && tokens[verb + 1].Lower is "on" or "at" or "in"))
            return ShortReach;
        // "signed on the last day of a summit chaired from X by Y": a "by" after another participle is that participle's agent.
        for (var j = verb + 2; j < tokens.Count && j < verb + LongReach; j++)
        {
            if (tokens[j].Lower == "by") return LongReach;
            if (tokens[j].IsWord && !tokens[j].IsCapitalized && tokens[j].Lower.EndsWith("ed", StringComparison.Ordinal)) return ShortReach;
        }
        return ShortReach;
    }
}
