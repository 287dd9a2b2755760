using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Whether a sentence that concludes a document tells the story's present or an earlier time, so that a document with no
/// year of its own is dated to the story's year only when signed in the events reported (the pattern: a recalled signing
/// is told with its own time, by a date or by a title its holder no longer has).
/// </summary>
internal static class TimeOfTelling
{
    /// <summary>
    /// "where he and Modi adopted a statement last December" (in a story of the next year): every resolved date of the
    /// sentence is of another year; "then Commission President Juncker signed a roadmap": a signer named by the title he
    /// held then. With the reference <paramref name="mention"/>, a date or title in a relative clause about another noun is
    /// left out (see <see cref="ClauseOfAnotherNoun"/>).
    /// </summary>
    public static bool SetInThePast(Sentence sentence, IReadOnlyList<DateExpression> dates, int? storyYear, AgreementMention? mention = null)
    {
        if (storyYear is null) return false;
        var aside = mention is null ? [] : ClauseOfAnotherNoun.Spans(sentence.Tokens, mention.TokenStart, mention.TokenEnd);
        var years = dates.Where(d => d.Value is { Length: >= 4 } && !d.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && !d.Text.StartsWith("until", StringComparison.OrdinalIgnoreCase)
                                     && !ClauseOfAnotherNoun.Inside(aside, d.TokenStart))
            .Select(d => int.Parse(d.Value![..4])).ToList();
        if (years.Count > 0 && !years.Contains(storyYear.Value)) return true;
        return years.Count == 0 && FormerTitle(sentence.Tokens, aside);
    }

    /// <summary>"then Commission President", "then-Prime Minister": a title qualified as held at that time.</summary>
    private static bool FormerTitle(List<Token> tokens, List<(int Start, int End)> aside)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (ClauseOfAnotherNoun.Inside(aside, k)) continue;
            if (tokens[k].Text.Equals("then-", StringComparison.OrdinalIgnoreCase) || tokens[k].Lower == "then" && tokens[k + 1].Text == "-") return true;
            if (tokens[k].Text == "then" && k > 0 && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord) return true;
        }
        return false;
    }
}
