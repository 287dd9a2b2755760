using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X, who heads President Y's office, signed", "Y's envoy signed the accord": a name in the possessive before a noun of an
/// office or an agent ("office", "envoy", "adviser", "delegation") is no subject of the verb: the agent it owns acted for it
/// (the pattern: a leader's office or envoy signs in the leader's name; only the head of the noun phrase acts).
/// </summary>
internal static class PossessorOfAnAgent
{
    /// <summary>Nouns of an office, a body of people or an agent that acts for its possessor.</summary>
    private static readonly FrozenSet<string> AgentNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "office", "envoy", "envoys", "representative", "representatives", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
        "delegation", "delegations", "team", "negotiator", "negotiators", "emissary", "emissaries", "spokesman", "spokeswoman",
        "government", "cabinet", "administration", "chief", "deputy", "successor", "predecessor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the person's name is followed by a possessive and, within two words, such a noun ("Y's office", "Y's special envoy").</summary>
    public static bool Is(List<Token> tokens, Mention person)
    {
        if (person.TokenEnd + 1 >= tokens.Count || tokens[person.TokenEnd].Text is not ("'s" or "’s")) return false;
        for (var k = person.TokenEnd + 1; k < tokens.Count && k <= person.TokenEnd + 2 && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
            if (AgentNouns.Contains(tokens[k].Text)) return true;
        return false;
    }
}
