using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "The envoys met on Friday, 4 May 1821 ... they signed at dawn on Sunday, 6 May": in a retrospective, a day and month
/// told without a year take the year of the nearest full date told with one a few sentences before, when that year is an
/// earlier one than the publication's and the day falls within a week after it (the pattern: a narrative set in a past year keeps it until it names another).
/// A story of the publication's own year is left as it is, and a day before the told date, or weeks after it, is not moved.
/// </summary>
public static partial class StoryDayYear
{
    public const string Rule = "a day told without its year, within a week after a date of an earlier year told a few sentences before, is of that year";

    /// <summary>How many sentences back the told year still holds.</summary>
    private const int Reach = 12;

    /// <summary>How many days after the told date a bare day may fall.</summary>
    private const int Window = 7;

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d{2}\b|\b(?:last|this|next)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnYear();

    /// <summary>The date's own words give its year ("9 March 1790", "May last year"); both chronicle rules start from such a date.</summary>
    internal static bool TellsItsYear(DateExpression date) => OwnYear().IsMatch(date.Text);

    /// <summary>Rewrites, in place, bare days that follow a date with an earlier year than <paramref name="published"/>.</summary>
    public static void Carry(IReadOnlyList<Sentence> sentences, List<List<DateExpression>> dates, DateOnly? published)
    {
        if (published is not { } p) return;
        (int Sentence, DateOnly Day)? told = null;
        foreach (var sentence in sentences)
        {
            if (told is { } t && sentence.Index - t.Sentence > Reach) told = null;
            var list = dates[sentence.Index];
            for (var k = 0; k < list.Count; k++)
            {
                var date = list[k];
                if (date.Value is not { Length: >= 7 } value) continue;
                if (TellsItsYear(date)) { told = value.Length == 10 && int.Parse(value[..4]) < p.Year ? (sentence.Index, DateOnly.Parse(value)) : null; continue; }
                // Only a day named with its month ("30 March"): "today" and a lone weekday are read from publication.
                if (value.Length != 10 || !date.Text.Any(char.IsDigit) || told is not { } story) continue;
                var moved = $"{story.Day.Year:D4}{value[4..]}";
                // Only the days that follow it within a week: the narrative's next steps, not a date of the story's present.
                if (moved == value || !DateOnly.TryParse(moved, out var day) || day.DayNumber - story.Day.DayNumber is < 0 or > Window) continue;
                list[k] = date with { Value = moved, Rule = Rule };
            }
        }
    }
}
