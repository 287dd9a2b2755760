using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The six members of the Gulf Cooperation Council signed a declaration", "ASEAN leaders agreed a consensus at their
/// meeting": a document a grouping concludes as a whole binds the grouping's member states, and the article shows
/// which of them took part where it tells of the summit or of the document (the pattern: the parties of a grouping's
/// document are its members the report puts at the table). The grouping concludes it as a whole when the sentence that
/// concludes the document names the grouping before it, or when the grouping's summit produced a declaration (or a
/// document named after the grouping) that no individual leader is reported signing. A state named there that is no
/// member (a guest, a mediator) is not bound for that, nor is a state that joined later: members come from
/// Knowledge/Data/memberships.txt at the document's year.
/// </summary>
internal static class GroupingParties
{
    /// <param name="mentionsIn">The name mentions of a sentence.</param>
    /// <returns>Country ids of the members; empty when no grouping concluded the document or its members are not known.</returns>
    public static IReadOnlyList<string> Of(Agreement agreement, KnowledgeBase knowledge, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        var grouping = NamedAsConcluding(agreement, knowledge, mentionsIn) ?? OfSummit(agreement, knowledge);
        if (grouping is null) return [];
        var year = agreement.Year ?? YearOf(agreement.ProducedBy?.DateOrAssumedYear);
        var members = knowledge.MembersOf(grouping, year).Select(EntityRegistry.CountryId).ToHashSet();
        var sentences = (agreement.ProducedBy?.Mentions.Select(m => m.Sentence) ?? []).Concat(agreement.Mentions.Select(m => m.Sentence)).Distinct();
        return sentences.SelectMany(mentionsIn)
            .Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && members.Contains(m.EntityId))
            .Select(m => m.EntityId!).Distinct().ToList();
    }

    /// <summary>"The six members of the GCC signed a declaration": a grouping with known members named before the document its sentence concludes.</summary>
    private static string? NamedAsConcluding(Agreement agreement, KnowledgeBase knowledge, Func<Sentence, IEnumerable<Mention>> mentionsIn) =>
        agreement.Mentions.Where(m => m.Concluded && !m.Recalled && !m.Upheld)
            .SelectMany(m => mentionsIn(m.Sentence).Where(o => o.Kind == MentionKind.Organization && o.TokenEnd <= m.TokenStart))
            .Select(o => o.Canonical ?? o.Surface)
            .FirstOrDefault(name => knowledge.MembersOf(name, null).Count > 0);

    /// <summary>The grouping whose summit produced a declaration or a document named after it, with no individual signer reported.</summary>
    private static string? OfSummit(Agreement agreement, KnowledgeBase knowledge)
    {
        if (agreement.ProducedBy?.Organization is not { } grouping || agreement.Signatories.Count > 0) return null;
        var name = grouping.Canonical ?? grouping.Surface;
        return agreement.Family == "declaration" || NamedAfter(agreement, name, knowledge) ? name : null;
    }

    /// <summary>"the EU-Mercosur Partnership Agreement", "the ASEAN Charter": the grouping's name or an alias in the document's title.</summary>
    private static bool NamedAfter(Agreement agreement, string grouping, KnowledgeBase knowledge)
    {
        if (agreement.Title is null) return false;
        var names = (knowledge.Organization(grouping)?.Aliases ?? []).Append(grouping);
        var words = agreement.Title.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return names.Any(n => !n.Contains(' ') ? words.Contains(n, StringComparer.OrdinalIgnoreCase) : agreement.Title.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    private static int? YearOf(string? date) => date is { Length: >= 4 } && int.TryParse(date[..4], out var y) ? y : null;
}
