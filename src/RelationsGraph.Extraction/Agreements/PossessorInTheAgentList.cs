using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed by A and B, King X's cousin", "signed by C and by Y's envoy": a name in the possessive inside the list after "by"
/// qualifies the noun after it (the one who signed), and is no agent itself (pattern: a possessive determiner inside a
/// description of an agent).
/// </summary>
internal static class PossessorInTheAgentList
{
    public static bool Is(List<Token> tokens, Mention person) =>
        person.TokenEnd + 1 < tokens.Count && tokens[person.TokenEnd].Text is "'s" or "’s" && tokens[person.TokenEnd + 1].IsWord;
}
