using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "In March 2023, X went to Tokyo. Y made a return trip in May.": a bare month read against the
/// publication date lands in the wrong year when the story has just named another one. Within a
/// paragraph, a bare month that follows a month with its own year takes that year, as long as the
/// story moves forward (the later month is not earlier in the year).
/// </summary>
public static partial class StoryYear
{
    [GeneratedRegex(@"^(?:in\s+)?" + Months.Pattern + "$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b|\b(?:last|next)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnYear();

    /// <summary>Rewrites, in place, bare months that follow a month with an explicit year in the same paragraph.</summary>
    public static void Carry(IReadOnlyList<Sentence> sentences, List<List<DateExpression>> dates)
    {
        (int Paragraph, int Year, int Month)? anchor = null;
        foreach (var sentence in sentences)
        {
            if (anchor is { } a && a.Paragraph != sentence.Paragraph) anchor = null;
            var list = dates[sentence.Index];
            for (var k = 0; k < list.Count; k++)
            {
                var date = list[k];
                if (date.Value is not { Length: 7 } value) continue;
                var year = int.Parse(value[..4]);
                var month = int.Parse(value[5..7]);
                if (OwnYear().IsMatch(date.Text)) anchor = (sentence.Paragraph, year, month);
                else if (anchor is { } story && BareMonth().IsMatch(date.Text.Trim()) && year != story.Year && month >= story.Month)
                    list[k] = date with { Value = $"{story.Year:D4}-{month:D2}" };
            }
        }
    }
}
