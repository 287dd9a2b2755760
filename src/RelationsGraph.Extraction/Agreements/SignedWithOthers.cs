using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed for Ruritania with A, her finance minister, and B", "X, the host, signed with A of Y, B of Z and the Emir of W,
/// C": a bare signing verb followed by "with" and a list of people names co-signers, each item of the list a name with or
/// without its description (the pattern: one signs with others, who sign too). "signed with X looking on" is a witness,
/// not a co-signer.
/// </summary>
internal static class SignedWithOthers
{
    /// <summary>How far after the verb "with" may stand ("signed for the republic on Monday with").</summary>
    private const int Reach = 6;
    /// <summary>How many words (a short title) may stand between "with" and the first name.</summary>
    private const int TitleReach = 4;

    /// <summary>Words of a side or a day between the verb and "with".</summary>
    private static readonly FrozenSet<string> BetweenWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "for", "on", "behalf", "of", "the", "it", "also", "too" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people listed after "with" behind the signing verb at <paramref name="verb"/>; empty for most verbs.</summary>
    public static IEnumerable<Mention> After(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        var with = -1;
        for (var k = verb + 1; k < tokens.Count && k <= verb + Reach; k++)
        {
            if (tokens[k].Lower == "with") { if (tokens[k - 1].Lower != "together") with = k; break; }
            // Only a side or a day may stand between ("for Togo", "on behalf of the republic", "on Monday"): a lower-case noun
            // ("after talks with") would take the "with" for itself.
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || BetweenWords.Contains(tokens[k].Text))) break;
        }
        if (with < 0) return [];
        Mention? first = null;
        foreach (var p in persons)
            if (p.TokenStart > with) { first = p; break; }
        if (first is null || first.TokenStart - with > TitleReach + 1) return [];
        for (var k = with + 1; k < first.TokenStart; k++)
            if (!tokens[k].IsWord) return [];
        var list = CoordinatedList.From(tokens, persons, first).ToList();
        // "signed with the prime minister looking on": a participle after the names makes them onlookers.
        var after = list[^1].TokenEnd;
        if (after < tokens.Count && tokens[after].IsWord && !tokens[after].IsCapitalized && (tokens[after].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens[after].Lower is "present" or "behind" or "beside")) return [];
        return list;
    }
}
