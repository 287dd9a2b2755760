using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "In May the envoy was received by the regent at the palace, a welcome she said on Tuesday had moved her": a day told
/// right after a verb of saying is the day of the saying, so when the sentence names another time for what it reports, that
/// day does not date the gathering (pattern: news attributes a recalled event to a remark dated by the remark's own day).
/// </summary>
internal static class SayingDay
{
    private static readonly HashSet<string> Saying = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "recalled", "noted", "remarked", "stated", "explained", "insisted", "acknowledged", "conceded",
    };

    /// <summary>
    /// True when <paramref name="date"/> follows a verb of saying ("said on Saturday", "said late on Friday") and another
    /// resolved date of the sentence, not itself a saying's day, stands before it.
    /// </summary>
    public static bool Apart(List<Token> tokens, DateExpression date, IReadOnlyList<DateExpression> dates) =>
        AfterSaying(tokens, date) && dates.Any(d => d != date && d.Value is not null && d.TokenEnd <= date.TokenStart && !AfterSaying(tokens, d));

    private static bool AfterSaying(List<Token> tokens, DateExpression date)
    {
        // "on" and a time word may stand between the verb and the day
        var k = date.TokenStart - 1;
        for (var skipped = 0; k >= 0 && skipped < 2 && tokens[k].Lower is "on" or "late" or "early"; skipped++) k--;
        return k >= 0 && Saying.Contains(tokens[k].Lower);
    }
}
