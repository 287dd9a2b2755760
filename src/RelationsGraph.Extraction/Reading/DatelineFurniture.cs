using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Strips what news sites print around a publication date in a header line — an agency name
/// before it ("KYODO NEWS - "), a dashed time and a UTC offset after it ("- 16:40", "GMT+1"),
/// an "Updated 2 hours ago" note and a "| World, All" section list — so that only the date and
/// time are left for <see cref="DatelineParser"/>.
/// </summary>
internal static partial class DatelineFurniture
{
    [GeneratedRegex(@"\s+\|.*$")]
    private static partial Regex SectionList();

    [GeneratedRegex(@"\s+(?:Last\s+)?Updated\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateNote();

    // Upper-case only, so that a headline ("Summit set - May 3, 2026") is never taken for an agency.
    [GeneratedRegex(@"^[A-Z][A-Z.&' ]{1,30}\s+[-–—|]\s+")]
    private static partial Regex AgencyPrefix();

    [GeneratedRegex(@"^(Published|Posted|Updated)\s+On\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedOn();

    [GeneratedRegex(@"\s+[-–—]\s+(?=\d{1,2}:\d{2})")]
    private static partial Regex DashBeforeTime();

    [GeneratedRegex(@"\s*\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcOffset();

    /// <summary>The line with the furniture around its date removed (unchanged when there is none).</summary>
    public static string Strip(string line)
    {
        line = SectionList().Replace(line.Trim(), "");
        line = UpdateNote().Replace(line, "");
        line = AgencyPrefix().Replace(line, "");
        line = PublishedOn().Replace(line, "$1");
        line = DashBeforeTime().Replace(line, " ");
        return UtcOffset().Replace(line, "").Trim();
    }
}
