using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "talks that produced five memoranda", "watched their ministers sign nine agreements", "ended with 30 instruments signed":
/// visit coverage also tells a counted set of documents made by a verb of producing before the count, by a bare "sign" after a
/// verb of watching, or by a participle after the plural in a "with" phrase, not only by a signing verb right before the count
/// (see <see cref="CountedSetSigned"/>; the pattern: the package's making told around its count). A plural whose members follow
/// it one by one ("three memoranda, on X, on Y", "a package of protocols — on ...") is read item by item instead.
/// </summary>
internal static class CountedSetMade
{
    /// <summary>Verbs whose object is what a meeting brought about ("produced four memoranda").</summary>
    private static readonly FrozenSet<string> ProducingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "produced", "yielded" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of watching that take a bare infinitive ("watched ministers sign").</summary>
    private static readonly FrozenSet<string> WatchingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "watched", "witnessed", "saw", "oversaw", "watch", "witness", "see" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that tell the set made when they follow it ("with 37 instruments signed").</summary>
    private static readonly FrozenSet<string> MadeParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "exchanged", "inked", "concluded", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the counted plural whose count stands at <paramref name="count"/> and noun at <paramref name="noun"/> is told made.</summary>
    public static bool At(List<Token> tokens, int count, int noun)
    {
        if (ItemsFollow(tokens, noun)) return false;
        if (count >= 1 && ProducingVerbs.Contains(tokens[count - 1].Text)) return true;
        if (count >= 3 && tokens[count - 1].Lower == "sign")
            for (var k = count - 2; k >= 0 && k >= count - 5; k--)
            {
                if (WatchingVerbs.Contains(tokens[k].Text)) return true;
                if (!tokens[k].IsWord) break;
            }
        return count >= 1 && tokens[count - 1].Lower == "with" && ParticipleAfter(tokens, noun) || PassiveAfter(tokens, noun);
    }

    /// <summary>Adverbs that may stand between the auxiliary and the participle of a passive ("were also exchanged").</summary>
    private static readonly FrozenSet<string> PassiveAdverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "formally", "duly", "later", "subsequently", "jointly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "eleven memorandums were then exchanged", "twenty accords had been signed": visit coverage often tells the
    /// package as the subject of a passive of signing or exchanging (the pattern: the counted set made, told in the passive).
    /// Only a past passive counts; "would be signed", "are to be signed" tell a plan.
    /// </summary>
    private static bool PassiveAfter(List<Token> tokens, int noun)
    {
        var k = noun + 1;
        if (k + 1 < tokens.Count && tokens[k].Lower == "of" && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized) k += 2;
        if (k < tokens.Count && tokens[k].Lower is "were" or "was") k++;
        else if (k + 1 < tokens.Count && tokens[k].Lower is "had" or "have" or "has" && tokens[k + 1].Lower == "been") k += 2;
        else return false;
        if (k < tokens.Count && PassiveAdverbs.Contains(tokens[k].Text)) k++;
        return k < tokens.Count && MadeParticiples.Contains(tokens[k].Text);
    }

    /// <summary>
    /// "three memoranda, on X, on Y", "a package of protocols — on X and Y", "29 documents, ranging from ...": the members are
    /// told one by one after the plural, so the plural is no set of its own.
    /// </summary>
    public static bool ItemsFollow(List<Token> tokens, int noun)
    {
        if (TopicItemsOfAPlural.HasItems(tokens, noun)) return true;
        var end = TopicItemsOfAPlural.PhraseEnd(tokens, noun) + 1;
        if (end < tokens.Count && tokens[end].Text is "—" or "–" or "(") return true;
        for (var k = end; k < tokens.Count; k++)
            if (tokens[k].Lower is "ranging") return true;
        return false;
    }

    /// <summary>"with 37 cooperation instruments signed", "with five memoranda of understanding exchanged": a participle right after the plural.</summary>
    private static bool ParticipleAfter(List<Token> tokens, int noun)
    {
        var k = noun + 1;
        // "memoranda of understanding", "memorandums of cooperation": the fixed phrase belongs to the plural.
        if (k + 1 < tokens.Count && tokens[k].Lower == "of" && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized) k += 2;
        return k < tokens.Count && MadeParticiples.Contains(tokens[k].Text);
    }
}
