using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the pact, which the six states put their names to in 1981", "tariffs among the four countries under the protocol", "the three
/// governments' commitment to the convention": a counted definite plural of states in a sentence of the document refers back to
/// as many states as the story has already told together: the sides of another of its documents that has exactly that many, else
/// the countries of the nearest sentence (at or before the group's) that names exactly that many (the pattern: "the N countries"
/// is an anaphor of a set of N the reader has just been given, as "the two countries" is of a pair). Used only for a document
/// whose sides the text did not otherwise give (fewer than two), and only when the set holds the side it did give.
/// </summary>
internal static class CountedStatesOfTheDocument
{
    /// <summary>Plural heads that count states, not people: "the eight nations", "the five member states", "the three governments".</summary>
    private static readonly FrozenSet<string> StateHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "countries", "nations", "states", "governments", "members", "signatories" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words allowed between the count and the head ("the five littoral states", "the seven SAARC member countries").</summary>
    private const int MaxModifiers = 2;

    /// <summary>
    /// The number a counted definite plural of states in the sentence counts (three or more), with where its words between the
    /// count and the head lie, or null.
    /// </summary>
    public static (int Count, int ModifierStart, int Head)? GroupIn(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var head = 2; head < tokens.Count; head++)
        {
            if (!StateHeads.Contains(tokens[head].Text)) continue;
            for (var k = head - 1; k >= 1 && k >= head - 1 - MaxModifiers; k--)
            {
                if (Count(tokens[k].Text) is { } n)
                {
                    // "the eight nations", "all ten members", "its three member countries": definite, not "eight nations signed".
                    if (tokens[k - 1].Lower is "the" or "all" or "its" or "their" or "these" or "those") return (n, k + 1, head);
                    break;
                }
                if (!tokens[k].IsWord || tokens[k].Lower is "and" or "or" or "of" || StateHeads.Contains(tokens[k].Text)) break;
            }
        }
        return null;
    }

    /// <summary>
    /// The states a counted group in a sentence of the document stands for, holding <paramref name="given"/>; null when no
    /// sentence of the document counts its states, or when the story gives no set of exactly that many.
    /// </summary>
    public static IReadOnlyList<(string Country, Sentence Sentence)>? Sides(Agreement agreement, IReadOnlyCollection<string> given,
        IEnumerable<IReadOnlyCollection<string>> otherDocumentsSides, IReadOnlyList<Sentence> sentences,
        Func<Sentence, IEnumerable<Mention>> mentionsIn, Func<string, bool> known, KnowledgeBase knowledge)
    {
        foreach (var mention in agreement.Mentions)
        {
            if (GroupIn(mention.Sentence) is not { } group) continue;
            var count = group.Count;
            // "the seven SAARC countries", "the five founding ASEAN members": a group qualified by a grouping counts its members only.
            var grouping = mentionsIn(mention.Sentence).Where(m => m.Kind == MentionKind.Organization && m.TokenStart >= group.ModifierStart && m.TokenEnd <= group.Head)
                .Select(m => knowledge.MembersOf(m.Canonical ?? m.Surface, null)).FirstOrDefault(m => m.Count > 0)?.Select(EntityRegistry.CountryId).ToHashSet();
            bool Fits(IReadOnlyCollection<string> set) => set.Count == count && given.All(set.Contains) && (grouping is null || set.All(grouping.Contains));
            // "an agreement the three governments signed, when A, B and C were in power": the sentence's own states and people's states.
            var own = mentionsIn(mention.Sentence).Select(m => m.Kind == MentionKind.Country ? m.EntityId : m.Kind == MentionKind.Person && m.Iso2 is { } iso ? EntityRegistry.CountryId(iso) : null)
                .OfType<string>().Where(known).Distinct().ToList();
            if (Fits(own)) return own.Select(c => (c, mention.Sentence)).ToList();
            if (otherDocumentsSides.FirstOrDefault(Fits) is { } sides)
                return sides.Select(c => (c, mention.Sentence)).ToList();
            for (var i = mention.Sentence.Index - 1; i >= 0 && i < sentences.Count; i--)
            {
                var named = mentionsIn(sentences[i]).Where(m => m.Kind == MentionKind.Country && m.EntityId is { } id && known(id))
                    .Select(m => m.EntityId!).Distinct().ToList();
                if (Fits(named)) return named.Select(c => (c, mention.Sentence)).ToList();
            }
        }
        return null;
    }

    private static int? Count(string word) => CountWords.TryReadSpelledOrFigures(word, 3, 20, out var n) ? n : null;
}
