using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Standing Committee of the Varnek People's Assembly", "the Executive Council of the Fishers Union": an organ named by a
/// generic capitalised noun of a committee, council or bureau and then "of the" and the body it belongs to is one body, the
/// organ, not a stray "Standing Committee" beside its parent (pattern: news names a parliament's, party's or bloc's inner organ
/// by its generic title and its parent's full name). An organ the knowledge base knows by name keeps its own reading.
/// </summary>
internal static class OrganOfABody
{
    public const string Rule = "a committee's or council's generic name and 'of the' its parent body";

    /// <summary>Last words of an organ's generic name.</summary>
    private static readonly FrozenSet<string> OrganNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "Committee", "Council", "Commission", "Bureau", "Secretariat", "Presidium", "Board",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const string SuffixRule = "name ending in an organization suffix";

    /// <summary>The sentences' mentions, with one Organization over each organ's name and its parent's.</summary>
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            var list = bySentence[s];
            for (var k = 1; k + 2 < tokens.Count; k++)
            {
                if (tokens[k].Text != "of" || tokens[k + 1].Text != "the" || !OrganNouns.Contains(tokens[k - 1].Text)) continue;
                var parent = BodyAt(list, k + 2);
                if (parent is null) continue;
                // The organ's generic words: the capitalised run before "of", at least two words, not the sentence's opening "The".
                var start = k - 1;
                while (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && !(start - 1 == 0 && tokens[0].Text == "The")) start--;
                if (k - start < 2) continue;
                // Only unknown readings over the organ's words give way: a guessed name, or a body read from its last word alone.
                if (!OnlyUnknownReadingsOver(list, start, k)) continue;
                var end = parent.TokenEnd;
                var name = sentence.Text[tokens[start].Start..tokens[end - 1].End];
                list = BodyOverRun.Replace(list, sentence, start, end, name, Rule);
                k = end - 1;
            }
            bySentence[s] = list;
        }
        return bySentence;
    }

    // The look-ups below are helpers, not lambdas in the loop: a closure over the loop's locals was made for every token.

    /// <summary>The body whose reading opens at token <paramref name="k"/>, if any.</summary>
    private static Mention? BodyAt(IReadOnlyList<Mention> list, int k) =>
        list.FirstOrDefault(m => m.Kind == MentionKind.Organization && m.TokenStart == k);

    /// <summary>Whether every reading over [<paramref name="start"/>, <paramref name="end"/>) lies wholly inside it and is a guess or a body read from its last word.</summary>
    private static bool OnlyUnknownReadingsOver(IReadOnlyList<Mention> list, int start, int end) =>
        list.All(m => m.TokenEnd <= start || m.TokenStart >= end ||
                      m.TokenStart >= start && m.TokenEnd <= end &&
                      (BodyOverRun.IsGuess(m) || m.Kind == MentionKind.Organization && m.Rule == SuffixRule));
}
