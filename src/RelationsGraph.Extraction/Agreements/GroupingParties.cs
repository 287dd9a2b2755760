using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "At the Mercosur summit the bloc concluded its trade agreement with the EU; farmers in France protested, Washington
/// watched": a document a grouping concludes binds the grouping's member states (and whoever signed it), not every state
/// the sentences around it name (the pattern: a grouping's document is its members' document). The grouping concludes it
/// when the grouping's summit produced it, or when the sentence that concludes it names the grouping before it. Members
/// come from Knowledge/Data/memberships.txt at the document's year, so a state that joined later is not a member.
/// </summary>
internal static class GroupingParties
{
    /// <param name="mentionsIn">The name mentions of a sentence.</param>
    /// <returns>The country ids of the grouping's members, or null when no grouping with known members concluded the document.</returns>
    public static IReadOnlySet<string>? MembersOf(Agreement agreement, KnowledgeBase knowledge, Func<Sentence, IEnumerable<Mention>> mentionsIn, int? storyYear = null)
    {
        var grouping = agreement.ProducedBy?.Organization is { } summitOf ? summitOf.Canonical ?? summitOf.Surface : NamedAsConcluding(agreement, mentionsIn);
        if (grouping is null) return null;
        var year = MembershipYear.Of(agreement, storyYear);
        var members = knowledge.MembersOf(grouping, year);
        return members.Count == 0 ? null : members.Select(EntityRegistry.CountryId).ToHashSet();
    }

    /// <summary>"The six members of the GCC signed a declaration": a grouping named before the document its sentence concludes.</summary>
    private static string? NamedAsConcluding(Agreement agreement, Func<Sentence, IEnumerable<Mention>> mentionsIn) =>
        agreement.Mentions.Where(m => m.Concluded && !m.Recalled && !m.Upheld)
            .SelectMany(m => mentionsIn(m.Sentence).Where(o => o.Kind == MentionKind.Organization && o.TokenEnd <= m.TokenStart))
            .Select(o => o.Canonical ?? o.Surface)
            .FirstOrDefault();
}
