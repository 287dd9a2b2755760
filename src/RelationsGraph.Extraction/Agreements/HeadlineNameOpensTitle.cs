using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ministers sign Velmora memorandum" as the headline, then "signed an agreement on Saturday ... the document, titled the
/// Velmora Memorandum on Fisheries Access": a headline's document called by a proper modifier before its noun is the
/// document whose body title opens with that modifier and that noun, even when the body first told it under another noun
/// and the title joined that reference (the pattern: a headline shortens the document's formal title to its opening words).
/// </summary>
internal static class HeadlineNameOpensTitle
{
    /// <summary>
    /// The untitled headline-only document whose words, from its first proper modifier through its noun, open the title of
    /// <paramref name="titled"/>; null when there is none or the title already went to it.
    /// </summary>
    public static Agreement? Of(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention titled, Agreement? target,
        Func<Sentence, bool> isHeadline, int? storyYear)
    {
        if (titled.Title is not { } title || titled.Recalled || titled.Upheld || titled.NotMade) return null;
        if (titled.Year is { } year && storyYear is { } story && year != story) return null;
        var titleWords = Words(title);
        foreach (var a in agreements)
        {
            if (a == target || a.Title is not null || used.Contains(a) || a.Mentions.Count == 0) continue;
            if (!a.Mentions.All(x => isHeadline(x.Sentence) && !x.Recalled && !x.Upheld && !x.NotMade)) continue;
            if (a.Year is not null && titled.Year is not null && a.Year != titled.Year) continue;
            if (HeadlineName(a.Mentions[0]) is not { Length: >= 2 } name || name.Length > titleWords.Length) continue;
            var opens = true;
            for (var k = 0; k < name.Length && opens; k++) opens = string.Equals(name[k], titleWords[k], StringComparison.OrdinalIgnoreCase);
            // "Velmora Memorandum II": a numbered successor is another document.
            if (opens && !(titleWords.Length > name.Length && AgreementClusterer.NumbersASuccessor(titleWords[name.Length].ToLowerInvariant()))) return a;
        }
        return null;
    }

    /// <summary>The headline reference's words from its first capitalised modifier through its noun, when it has one.</summary>
    private static string[]? HeadlineName(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        var first = -1;
        for (var k = m.TokenStart; k < m.TokenEnd - 1; k++)
            if (tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Text.Length > 1 && !char.IsDigit(tokens[k].Text[0]) && tokens[k].Lower is not ("the" or "a" or "an" or "new"))
            {
                first = k;
                break;
            }
        if (first < 0) return null;
        return Words(m.Sentence.Text[tokens[first].Start..tokens[m.TokenEnd - 1].End]);
    }

    private static string[] Words(string text)
    {
        var words = text.Split([' ', '-', '\u2013', '\u2014', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
    }
}
