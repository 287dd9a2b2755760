using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Recognises a line that is only a publication date ("Jan 14, 2026, 08:05 am",
/// "14 January 2026", "2026-01-14", "Published: March 3, 2026") and parses dates found in metadata.
/// </summary>
internal static partial class DatelineParser
{
    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?(?:" + Months.WeekdayPattern + @",?\s+)?(?<month>" + Months.Pattern +
                    @")\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?(?<day>\d{1,2})\s+(?<month>" + Months.Pattern +
                    @")\s+(?<year>\d{4})(?:,?\s*\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?:[T\s]\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    /// <summary>The date when the whole (trimmed) line is a dateline, else null.</summary>
    public static DateOnly? ParseLine(string line)
    {
        line = line.Trim();
        // A date parses only from ASCII digits (int.TryParse), and stripping the furniture adds none: prose lines stop here.
        if (line.Length is 0 or > 90 || !line.AsSpan().ContainsAnyInRange('0', '9')) return null;
        return ParseBare(line) ?? ParseBare(DatelineFurniture.Strip(line));
    }

    private static readonly Regex[] MonthForms = [MonthFirst(), DayFirst()];

    private static DateOnly? ParseBare(string line)
    {
        if (line.Length is 0 or > 60) return null;
        foreach (var regex in MonthForms)
        {
            var m = regex.Match(line);
            if (m.Success && Months.Parse(m.Groups["month"].Value) is { } month)
                return Make(m.Groups["year"].Value, month, m.Groups["day"].Value);
        }
        var iso = Iso().Match(line);
        return iso.Success && int.TryParse(iso.Groups["month"].Value, out var mm)
            ? Make(iso.Groups["year"].Value, mm, iso.Groups["day"].Value)
            : null;
    }

    /// <summary>The date the parts name, when it is a real day of a year from 1900 to 2200.</summary>
    internal static DateOnly? Make(string year, int month, string day) =>
        int.TryParse(year, out var y) && int.TryParse(day, out var d) && month is >= 1 and <= 12 &&
        y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d)
            : null;
}
