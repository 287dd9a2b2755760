using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// The publication date printed in an article's header among other furniture, where no line is a date alone:
/// "*Kathmandu, 27 November 2014*", "Politics | Thursday, 27 April 2023", "Published: 8:45pm, 20 Jun 2025",
/// "*Posted 3 July 2024 by A. Writer*", or a wire dateline opening the first paragraph ("OSLO, May 4, 2023 (Agency) - ...").
/// The pattern: the first full date (day, month and year) in the short lines above the story, or before the dash of a
/// wire dateline, is when the story was filed. Dates without a year are left alone: the year is never guessed.
/// </summary>
internal static partial class HeaderDate
{
    /// <summary>How many non-empty lines from the top count as the header.</summary>
    private const int HeaderLines = 10;

    /// <summary>A header line longer than this is prose, unless it opens with a wire dateline.</summary>
    private const int ShortLine = 110;

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>" + Months.Pattern + @"),?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<month>" + Months.Pattern + @")\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    /// <summary>"OSLO, May 4, 2023 (Agency) - ": an upper-case place, the date, an optional credit, then a dash.</summary>
    [GeneratedRegex(@"^[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Z][A-Za-z .'’\-]{1,40})?,\s*(?<date>[^()\-–—]{6,40}?)\s*(?:\([^)]{1,60}\))?\s*(?:-{1,2}|–|—)\s")]
    private static partial Regex WireDateline();

    public static DateOnly? In(IEnumerable<string> lines)
    {
        foreach (var line in lines.Select(l => l.Trim().Trim('*', '_', '#', ' ')).Where(l => l.Length > 0).Take(HeaderLines))
        {
            // A short line closed by a full stop is a sentence of the story, not furniture.
            var span = line.Length <= ShortLine && !line.EndsWith('.') ? line : WireDateline().Match(line) is { Success: true } wire ? wire.Groups["date"].Value : null;
            if (span is not null && FullDate(span) is { } date) return date;
        }
        return null;
    }

    private static DateOnly? FullDate(string text)
    {
        foreach (var regex in new[] { DayFirst(), MonthFirst() })
        {
            var m = regex.Match(text);
            if (m.Success && Months.Parse(m.Groups["month"].Value) is { } month && int.TryParse(m.Groups["year"].Value, out var y) &&
                int.TryParse(m.Groups["day"].Value, out var d) && y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, month))
                return new DateOnly(y, month, d);
        }
        return null;
    }
}
