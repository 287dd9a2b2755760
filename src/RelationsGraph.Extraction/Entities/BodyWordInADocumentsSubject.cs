using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Treaty on Reduced Naval Forces in the Gulf", "the Protocol on the Common Fisheries Union": the capitalised words after a
/// document noun and "on" are the document's subject, a part of its title, so an organization read there only from its last word
/// ("Forces", "Union") is no body of the story (pattern: treaties and protocols are titled "X on [the] Subject"). A body the
/// knowledge base knows ("the Treaty on European Union") keeps its reading.
/// </summary>
internal static class BodyWordInADocumentsSubject
{
    private const string SuffixRule = "name ending in an organization suffix";

    private static readonly FrozenSet<string> DocumentNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "Treaty", "Agreement", "Protocol", "Convention", "Charter", "Accord", "Memorandum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences' mentions without the suffix-read organizations inside a document's "on" subject.</summary>
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            var list = bySentence[s];
            var drop = new HashSet<Mention>();
            for (var k = 0; k + 2 < tokens.Count; k++)
            {
                if (!DocumentNouns.Contains(tokens[k].Text) || tokens[k + 1].Lower != "on") continue;
                var j = k + 2;
                if (tokens[j].Lower == "the") j++;
                // The subject: the capitalised words after "on", with the small words that join them ("Withdrawal of United States Forces").
                var end = j;
                while (end < tokens.Count && (tokens[end].IsWord && tokens[end].IsCapitalized || end > j && tokens[end].Lower is "of" or "and" or "the")) end++;
                foreach (var m in list)
                    if (m.Kind == MentionKind.Organization && m.Rule == SuffixRule && m.TokenStart >= j && m.TokenEnd <= end) drop.Add(m);
            }
            if (drop.Count > 0) bySentence[s] = list.Where(m => !drop.Contains(m)).ToList();
        }
        return bySentence;
    }
}
