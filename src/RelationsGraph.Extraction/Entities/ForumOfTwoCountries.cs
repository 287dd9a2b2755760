using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Vestria-Korea Business Forum", "a Chile-Norway Investment Forum": a business, economic or investment forum named for a pair of
/// countries is a gathering held during a visit, not a standing body, so it is no organization (pattern: the trade forum that a state
/// visit opens, named by the two countries it joins).
/// </summary>
internal static class ForumOfTwoCountries
{
    private static readonly FrozenSet<string> TradeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Business", "Economic", "Investment", "Trade",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences' mentions without the organization mentions of such forums.</summary>
    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence, KnowledgeBase knowledge)
    {
        for (var s = 0; s < bySentence.Count; s++)
            if (bySentence[s].Any(m => IsForumOfTwoCountries(m, knowledge)))
                bySentence[s] = bySentence[s].Where(m => !IsForumOfTwoCountries(m, knowledge)).ToList();
        return bySentence;
    }

    private static bool IsForumOfTwoCountries(Mention m, KnowledgeBase knowledge)
    {
        if (m.Kind != MentionKind.Organization) return false;
        var words = m.Surface.Split(' ');
        if (words.Length != 3 || words[2] != "Forum" || !TradeWords.Contains(words[1])) return false;
        var pair = words[0].Split('-');
        return pair.Length == 2 && pair.All(p => p.Length > 0 && knowledge.Lookup(p).Any(e => e.Kind is GazetteerKind.Country or GazetteerKind.Demonym));
    }
}
