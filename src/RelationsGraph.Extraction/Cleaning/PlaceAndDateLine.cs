using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Cleaning;

/// <summary>
/// The place of a dateline that stands on a line of its own, as press releases and government sites print it:
/// "Putrajaya, 8 June 2023", "*Suva, 2 April 2025* —", "Press release — Suva, 2 April 2025", "2 April 2025 | Suva",
/// and the colon dateline of South Asian papers ("SUVA: The two ministers ..."). Such a line names the town the release
/// was issued in; the caller keeps only a town the knowledge holds, so a byline or a heading is never taken for one.
/// </summary>
internal static partial class PlaceAndDateLine
{
    private const string FullDate =
        @"(?:" + Months.WeekdayPattern + @",?\s+)?(?:\d{1,2}\s+(?:" + Months.Pattern + @"),?\s+\d{4}|(?:" + Months.Pattern + @")\s+\d{1,2},?\s+\d{4})";

    private const string Place = @"\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2}";

    // "Suva, 2 April 2025", "PRESS RELEASE No. 12 · Suva, 2 April 2025", "Gulf Notes · Suva · 2 April 2025":
    // furniture before the place is allowed when a middle dot, bar or dash sets it apart.
    // "Puerto Vallarta, Jalisco, 24 July 2018": the town's state or country may stand between the town and the date.
    // "Mwanza, 4 March 2011 · For immediate release", "Osk, 9 May 2002 · by A. Writer", "Perth, 2 June 1994   EMBARGO: NONE":
    // the furniture may go on after the date when a middle dot, bar or dash, or a wide gap, sets it apart.
    [GeneratedRegex(@"^[*_ ]*(?:.{0,60}?\s[·|—–-]\s+)?(?<place>" + Place + @")(?:,\s*" + Place + @")?\s*[,·|]\s*" + FullDate + @"[*_ ]*(?:[-–—]+)?(?:(?:\s+[·|—–]|\s{3,})[^·|]{1,60})?\s*$")]
    private static partial Regex PlaceThenDate();

    // "2 April 2025 | Suva", "Tuesday, 2 April 2025 · Suva".
    [GeneratedRegex(@"^[*_ ]*" + FullDate + @"\s*[|·]\s*(?<place>" + Place + @")[*_ ]*\s*$")]
    private static partial Regex DateThenPlace();

    // "SUVA: The two ministers ...": a place in capitals, a colon, then the story.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}.'-]{2,}(?: \p{Lu}[\p{Lu}.'-]+){0,2}):\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex ColonDateline();

    // "By Ana Ruiz and Tomas Vidal · Cusco · Monday 3 March 2025, 18:10", "By Ana Ruiz · CUSCO", "Ana Ruiz, Cusco | 3 March 2025":
    // a byline that names the reporters, then the town they file from, set apart by a middle dot, a bar or a comma.
    [GeneratedRegex(@"^[*_ ]*(?:By\s+.{2,80}?\s[·|]\s*|(?:By\s+)?\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3},\s*)(?<place>" + Place + @")[*_ ]*(?:\s*[·|]\s*(?:" + FullDate + @").*)?$")]
    private static partial Regex BylineThenPlace();

    public const string Rule = "place-and-date line or colon dateline";
    public const string BylineRule = "place after the byline";

    /// <summary>
    /// Opening lines looked at; a dateline stands among the first lines of the page. A news site's page may open with its
    /// masthead, date, a section menu of one word a line, a kicker, the headline and a standfirst before the byline and
    /// place line ("Staff reporter · Suva · 2 April 2025"), so twelve lines left that line out (pattern: section menu above
    /// the dateline).
    /// </summary>
    private const int LinesScanned = 20;

    /// <summary>The places such lines name in <paramref name="opening"/>, first line first.</summary>
    public static List<string> Places(string opening) => ReadOpeningLines(opening, PlaceOfADateline);

    private static string? PlaceOfADateline(ReadOnlySpan<char> trimmed)
    {
        // Only a short line with a year (the first forms) or a colon (the last) can be one; the rest is skipped unread.
        var hasDigit = trimmed.Length <= 120 && trimmed.IndexOfAnyInRange('0', '9') >= 0;
        var hasColon = trimmed.IndexOf(':') > 0;
        if (!hasDigit && !hasColon) return null;
        // What each pattern cannot match without, checked on the span before a string is made: the date forms need a
        // four-digit year and a comma, middle dot or bar; the colon form opens with two capitals.
        hasDigit = hasDigit && HasYearAndSeparator(trimmed);
        hasColon = hasColon && OpensWithCapitals(trimmed);
        if (!hasDigit && !hasColon) return null;
        var line = trimmed.ToString();
        var m = hasDigit ? PlaceThenDate().Match(line) : Match.Empty;
        if (hasDigit && !m.Success) m = DateThenPlace().Match(line);
        if (!m.Success && hasColon) m = ColonDateline().Match(line);
        return m.Success ? m.Groups["place"].Value : null;
    }

    /// <summary>
    /// The town a byline line names after the reporters ("By Ana Ruiz · Cusco · 3 March 2025", "Ana Ruiz, Cusco | 3 March
    /// 2025"), first line first: a newsroom page prints the filing town beside the byline instead of in a dateline (pattern:
    /// the byline's place as the dateline). The caller keeps only a town the knowledge holds. A name-comma-place line needs
    /// the date after it, so a plain "Name, Title" line is not read.
    /// </summary>
    public static List<string> BylinePlaces(string opening) => ReadOpeningLines(opening, PlaceAfterAByline);

    private static string? PlaceAfterAByline(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length > 120) return null;
        var byline = trimmed.StartsWith("By ") || trimmed.TrimStart("*_ ").StartsWith("By ");
        // Without "By", only a name, a comma, a town and then a date can be a byline.
        if (!byline && (trimmed.IndexOf(',') < 0 || trimmed.IndexOfAny('|', '·') < 0 || !HasYearAndSeparator(trimmed))) return null;
        if (byline && trimmed.IndexOfAny('|', '·') < 0) return null;
        var m = BylineThenPlace().Match(trimmed.ToString());
        return m.Success && (byline || m.Value.Contains('|') || m.Value.Contains('·')) ? m.Groups["place"].Value : null;
    }

    private delegate string? LineReader(ReadOnlySpan<char> trimmedLine);

    /// <summary>What <paramref name="read"/> finds in each non-blank line of the first <see cref="LinesScanned"/>, first line first.</summary>
    private static List<string> ReadOpeningLines(string opening, LineReader read)
    {
        var places = new List<string>();
        var seen = 0;
        foreach (var span in opening.AsSpan().EnumerateLines())
        {
            var trimmed = span.Trim();
            if (trimmed.IsEmpty) continue;
            if (++seen > LinesScanned) break;
            if (read(trimmed) is { } place) places.Add(place);
        }
        return places;
    }

    private static bool HasYearAndSeparator(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(',', '·', '|') < 0) return false;
        var run = 0;
        foreach (var c in line)
            if (!char.IsDigit(c)) run = 0; // char.IsDigit is the regex's \d: any decimal digit
            else if (++run == 4) return true;
        return false;
    }

    private static bool OpensWithCapitals(ReadOnlySpan<char> line) =>
        line.Length >= 3 && char.IsUpper(line[0]) && (char.IsUpper(line[1]) || line[1] is '.' or '\'' or '-');
}
