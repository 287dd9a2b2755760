using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// A partnership the sides agree is a tier of their relations, and a pair of states holds one tier at a time, so the same
/// tier told twice is one framework: "lifted ties to the rank of a defence partnership" ... "signed the paper
/// raising their ties to a defence partnership" (see <see cref="Again"/>); and a joint statement named after the
/// tier it confers is that framework's text: "raised ties to a comprehensive strategic partnership" ... "the Joint Statement
/// on Elevating Relations to a Comprehensive Strategic Partnership" (see <see cref="NamedByItsStatement"/>).
/// </summary>
internal static class PartnershipTier
{
    /// <summary>Words of a partnership phrase that tell nothing of the tier.</summary>
    private static readonly FrozenSet<string> NoTierWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "the", "new", "this", "that", "their", "its", "our", "upgraded", "bilateral" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tier a partnership reference names ("comprehensive strategic partnership"), or null when its head is no partnership.</summary>
    public static string? TierOf(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        if (m.TokenEnd < 1 || tokens[m.TokenEnd - 1].Lower != "partnership") return null;
        var words = new List<string>();
        for (var k = m.TokenStart; k < m.TokenEnd; k++)
            if (tokens[k].IsWord && !NoTierWords.Contains(tokens[k].Text)) words.Add(tokens[k].Lower);
        return words.Count >= 2 ? NameKey.Of(string.Join(' ', words)) : null;
    }

    /// <summary>
    /// The framework told before under the same tier words, between sides that do not differ, that an indefinite or titled
    /// reference <paramref name="m"/> names again; null when none or when <paramref name="m"/> is no partnership.
    /// </summary>
    public static Agreement? Again(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        if (m.Definite || m.Kind != "framework" || TierOf(m) is not { } tier) return null;
        return agreements.FirstOrDefault(a => a.Family == "framework" && (a.Year is null || m.Year is null || a.Year == m.Year)
                                              && a.Mentions.Any(x => TierOf(x) == tier && SidesAgree(x, m)));
    }

    /// <summary>Neither reference names sides, or both name the same ones.</summary>
    private static bool SidesAgree(AgreementMention a, AgreementMention b) =>
        a.Parties.Count == 0 || b.Parties.Count == 0 || a.Parties.ToHashSet().SetEquals(b.Parties);

    /// <summary>
    /// Merges into a joint statement or declaration each framework of the same year whose tier its title or topic names
    /// ("on Elevating ... to a Comprehensive Strategic Partnership", "on the India-Mongolia strategic partnership"), or, with
    /// one tier in the story, whose tier its topic refers back to ("on the founding of the partnership").
    /// </summary>
    public static void NamedByItsStatement(List<Agreement> agreements)
    {
        var tiers = agreements.Where(a => a.Family == "framework" && a.Mentions.Any(x => TierOf(x) is not null) && a.Mentions.All(x => x.Kind == "framework")).ToList();
        foreach (var framework in tiers)
        {
            var words = framework.Mentions.Select(TierOf).OfType<string>().ToHashSet();
            var statement = agreements.FirstOrDefault(a => a.Family == "declaration" && a != framework && (a.Year is null || framework.Year is null || a.Year == framework.Year)
                && (NameOf(a) is { } name && (words.Any(w => Contains(name, w)) || tiers.Count == 1 && BackReference(a.Topic))));
            if (statement is not null) AgreementClusterer.Merge(statement, framework, agreements);
        }
    }

    private static string? NameOf(Agreement a) =>
        a.Title is null && a.Topic is null ? null : NameKey.Of($"{a.Title} {a.Topic}");

    /// <summary>Whether <paramref name="key"/> holds <paramref name="words"/> as whole words.</summary>
    private static bool Contains(string key, string words) =>
        $" {key} ".Contains($" {words} ", StringComparison.Ordinal);

    /// <summary>"on the founding of the partnership", "setting up the new partnership": a topic pointing back to a partnership.</summary>
    private static bool BackReference(string? topic) =>
        topic is not null && (topic.EndsWith("the partnership", StringComparison.OrdinalIgnoreCase) || topic.EndsWith("the new partnership", StringComparison.OrdinalIgnoreCase));
}
