using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "talks hosted by Belvaria", "a truce mediated by Belvaria": the countries a story tells, by a role participle and "by",
/// as the host or mediator of its talks. Named often because the talks happen there, such a country is no principal side
/// of the story's documents (the pattern: a host is told by its role, the sides by their making). A host told only by
/// "Belvaria hosted" is not counted: a country hosting a state visit is most often a side of what it produces.
/// Two more shapes tell a host by the story's thanks or by an aside (see <see cref="ThankedOrAsideHost"/>).
/// </summary>
internal static class HostsOfTheStory
{
    private static readonly FrozenSet<string> RoleParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "hosted", "mediated", "brokered", "facilitated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static HashSet<string> Told(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var mentions = mentionsIn(sentence);
            foreach (var m in mentions)
            {
                if (m.Kind != MentionKind.Country || m.EntityId is null || hosts.Contains(m.EntityId)) continue;
                var tokens = sentence.Tokens;
                var hostedBy = m.TokenStart >= 2 && tokens[m.TokenStart - 1].Lower == "by" && RoleParticiples.Contains(tokens[m.TokenStart - 2].Text);
                if (hostedBy || ThankedOrAsideHost(sentence.Tokens, mentions, m)) hosts.Add(m.EntityId);
            }
        }
        return hosts;
    }

    private static readonly FrozenSet<string> HostsGovernment = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "government", "leadership", "authorities" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "thanked Belvaria for hosting the talks", "thanked the Belvarian government for hosting": the sides thank the host,
    /// which is no side of its own; "Belvarian Foreign Minister X, whose government hosted the talks": an aside on a named
    /// guest tells his state as the host (the pattern: a host is told by thanks or by an aside, the sides by their making).
    /// </summary>
    internal static bool ThankedOrAsideHost(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention country)
    {
        var k = country.TokenEnd;
        if (k < tokens.Count && HostsGovernment.Contains(tokens[k].Text)) k++;
        if (k + 1 < tokens.Count && tokens[k].Lower == "for" && tokens[k + 1].Lower == "hosting") return true;
        // The aside: the nearest country before ", whose government hosted", with no other clause break between.
        for (var c = country.TokenEnd; c < tokens.Count && c <= country.TokenEnd + 8; c++)
        {
            if (tokens[c].Text is ";" or ":" or "." or "(" or ")") return false;
            if (tokens[c].Text != ",") continue;
            if (c + 3 < tokens.Count && tokens[c + 1].Lower == "whose" && tokens[c + 2].Lower is "government" or "country" && tokens[c + 3].Lower is "hosted" or "hosts")
                return !mentions.Any(o => o.Kind == MentionKind.Country && o.EntityId != country.EntityId && o.TokenStart >= country.TokenEnd && o.TokenEnd <= c);
            return false;
        }
        return false;
    }
}
