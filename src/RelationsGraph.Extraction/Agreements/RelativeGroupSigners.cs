using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The new treaty builds on the security agreement the two leaders signed in 2023", "the declaration that the same two
/// ministers signed in April": a document followed by a relative clause whose subject is a numbered group ("the two
/// leaders", "the same three ministers") was signed by the people that group stands for: the signers the story has
/// already named, as many as the number says (the pattern: a counted group refers back to the people told together
/// last). The group is read only when one earlier document of the story has exactly that many signers named.
/// </summary>
internal static class RelativeGroupSigners
{
    private static readonly FrozenSet<string> Heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "ministers", "presidents", "premiers", "men", "women", "sides", "heads", "envoys", "negotiators", "officials" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words a title may run on with before the relative clause ("the Declaration of Principles that ...").</summary>
    private static readonly FrozenSet<string> TitleOrRelative = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "of", "on", "for", "and", "the", "that", "which", "-" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How many words after the document noun the group may start.</summary>
    private const int Reach = 10;

    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Agreement> agreements)
    {
        foreach (var agreement in agreements.Where(a => a.Signatories.Count == 0))
            foreach (var mention in agreement.Mentions)
            {
                if (GroupSizeAfter(mention.Sentence.Tokens, mention.TokenEnd) is not { } size) continue;
                var told = agreements.Where(a => a != agreement && NamedSigners(a).Count == size
                        && a.Mentions.Any(m => m.Sentence.Index <= mention.Sentence.Index))
                    .Select(a => NamedSigners(a)).DistinctBy(s => string.Join("|", s.Order(StringComparer.Ordinal))).ToList();
                if (told.Count != 1) continue;
                foreach (var person in told[0]) yield return (agreement, person, mention.Sentence);
                break;
            }
    }

    private static List<string> NamedSigners(Agreement a) => a.Signatories.Keys.Where(k => !a.SignedApart.Contains(k)).ToList();

    /// <summary>The number of a group that opens a relative clause signing the document ending at <paramref name="end"/>, or null.</summary>
    internal static int? GroupSizeAfter(List<Token> tokens, int end)
    {
        for (var k = end; k < tokens.Count && k <= end + Reach; k++)
        {
            if (tokens[k].Lower == "the" && Group(tokens, k + 1) is { } group) return group.Size;
            if (!(tokens[k].IsCapitalized && tokens[k].IsWord) && !TitleOrRelative.Contains(tokens[k].Text)) return null;
        }
        return null;
    }

    /// <summary>"two leaders signed", "same two ministers signed": the group's number, when a signing verb follows it.</summary>
    private static (int Size, int End)? Group(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "same") k++;
        if (k + 2 >= tokens.Count || !CountWords.TryRead(tokens[k].Text, 2, 4, out var size)) return null;
        var head = k + 1;
        // "the two foreign ministers", "the two prime ministers": one word of office before the head.
        if (!Heads.Contains(tokens[head].Text) && head + 1 < tokens.Count && Heads.Contains(tokens[head + 1].Text)) head++;
        if (!Heads.Contains(tokens[head].Text)) return null;
        var verb = head + 1;
        if (verb < tokens.Count && tokens[verb].Lower is "had" or "have") verb++;
        return verb < tokens.Count && SigningVerb.IsAt(tokens, verb) ? (size, verb) : null;
    }
}
