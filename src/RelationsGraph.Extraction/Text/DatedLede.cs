namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "On 9 March 1782, at a fortified mission on the coast, the envoys set their seals to a pact ...", "In early October
/// 1655, in tents pitched by the ford, two delegations waited": a history piece opens its body with the day or month of a year long past,
/// and what it then tells without a year (the documents signed, the talks held) belongs to that year, not to the year of
/// publication (the pattern: a retrospective's lede dates its story). Only a date that opens one of the first two body
/// sentences counts, told with its month and its year in words, and decades before publication: a news lede that recalls
/// an old date in passing ("signed a deal on Monday, reviving the pact of June 1965") keeps the story in the present.
/// </summary>
internal static class DatedLede
{
    /// <summary>How many sentences from the top (masthead, headline and byline included) may hold the lede.</summary>
    private const int Opening = 8;

    /// <summary>How many body sentences (ones that close with a full stop) count as the lede.</summary>
    private const int LedeSentences = 2;

    /// <summary>How many tokens may stand before the date ("On", "In late", "There, on").</summary>
    private const int OpensWithin = 4;

    /// <summary>How many years before publication the date must lie to make the piece a retrospective.</summary>
    private const int Decades = 25;

    /// <summary>The year the lede's opening date tells of, or null.</summary>
    public static int? Of(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<DateExpression>> bySentence, int? publishedYear)
    {
        if (publishedYear is not { } published) return null;
        var body = 0;
        for (var i = 0; i < sentences.Count && i < Opening && body < LedeSentences; i++)
        {
            if (!ClosesASentence(sentences[i].Text)) continue;
            body++;
            foreach (var d in bySentence[i])
                if (d.TokenStart <= OpensWithin && d.Value is { Length: >= 7 } v && int.TryParse(v.AsSpan(0, 4), out var year)
                    && d.Text.Contains(v[..4], StringComparison.Ordinal) && year <= published - Decades)
                    return year;
        }
        return null;
    }

    private static bool ClosesASentence(string text) => text.TrimEnd().TrimEnd('"', '\u201d', '\'', '\u2019', ')') is { Length: > 0 } t && t[^1] is '.' or '?' or '!';
}
