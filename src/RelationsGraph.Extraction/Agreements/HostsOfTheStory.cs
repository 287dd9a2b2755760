using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "talks hosted by Belvaria", "a truce mediated by Belvaria": the countries a story tells, by a role participle and "by",
/// as the host or mediator of its talks. Named often because the talks happen there, such a country is no principal side
/// of the story's documents (the pattern: a host is told by its role, the sides by their making). A host told only by
/// "Belvaria hosted" is not counted: a country hosting a state visit is most often a side of what it produces.
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
                if (hostedBy) hosts.Add(m.EntityId);
            }
        }
        return hosts;
    }
}
