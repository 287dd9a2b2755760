using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed by A and B and witnessed by C", "signed by A and B and brokered by C": a later "by" after a verb of looking on or
/// bringing about introduces a witness or a mediator, not another signer (the pattern: each coordinated passive verb has its
/// own agents; only the signing verb's agents signed).
/// </summary>
internal static class WitnessedBy
{
    /// <summary>Passive verbs whose agent takes part in a signing without signing.</summary>
    private static readonly FrozenSet<string> ThirdPartyVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "witnessed", "watched", "observed", "attended", "hosted", "mediated", "brokered", "facilitated", "overseen", "chaired", "presided" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the person at <paramref name="person"/> is the agent of such a verb: the last "by" before it, after the signing
    /// verb's own at <paramref name="firstBy"/>, follows a verb of looking on or bringing about.
    /// </summary>
    public static bool Introduces(List<Token> tokens, int firstBy, int person)
    {
        for (var k = person - 1; k > firstBy; k--)
            if (tokens[k].Lower == "by") return At(tokens, k);
        return false;
    }

    /// <summary>
    /// "A and B put their names to the text during a ceremony hosted by C", "A and B signed the accord in a hall chaired by
    /// C": a "by" after the signing verb that follows a verb of looking on or bringing about is that verb's agent, not the
    /// signing verb's (the pattern: a participle phrase describing the ceremony carries its own agent; the signing verb stays
    /// active, its subjects the signers).
    /// </summary>
    public static bool OfAnotherVerb(List<Token> tokens, int verb, int by) => by > verb + 1 && At(tokens, by);

    /// <summary>Whether the "by" at <paramref name="by"/> follows such a verb ("witnessed by", "presided over by").</summary>
    public static bool At(List<Token> tokens, int by) =>
        by >= 1 && (ThirdPartyVerbs.Contains(tokens[by - 1].Text) || by >= 2 && tokens[by - 1].Lower == "over" && ThirdPartyVerbs.Contains(tokens[by - 2].Text));
}
