namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "Fifty years ago today, the rulers met and signed ...": an anniversary piece opens by naming the day it recalls, and what it
/// then tells without a year (the meeting, the documents signed) belongs to that year, not to the year of publication (the
/// pattern: a retrospective's lede sets the story's year). Only an anniversary told in the article's opening counts: one named
/// in passing further down recalls an aside of a story set in the present.
/// </summary>
internal static class AnniversaryYear
{
    /// <summary>How many sentences from the top (headline and byline included) count as the opening.</summary>
    private const int Opening = 8;

    /// <summary>The year an anniversary told in the opening sentences recalls, or null.</summary>
    public static int? Of(IReadOnlyList<IReadOnlyList<DateExpression>> bySentence)
    {
        for (var i = 0; i < bySentence.Count && i < Opening; i++)
            foreach (var d in bySentence[i])
                if (d.Rule == DateResolver.Anniversary && d.Value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), out var year))
                    return year;
        return null;
    }
}
