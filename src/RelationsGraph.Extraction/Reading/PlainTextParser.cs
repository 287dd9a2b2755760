using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Plain text: an optional leading "date YYYY-MM-DD" marker, a headline as the first short line,
/// and a dateline near the top.
/// </summary>
internal static partial class PlainTextParser
{
    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\b[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex DateMarker();

    public static RawArticle Parse(string text)
    {
        DateOnly? published = null;
        var marker = DateMarker().Match(text);
        if (marker.Success)
        {
            if (DateOnly.TryParseExact(marker.Groups["date"].Value, "yyyy-MM-dd", out var d)) published = d;
            text = text[marker.Length..];
        }
        text = text.Replace("\r\n", "\n");
        // A dateline is metadata: take it (when no marker gave the date) and drop it from the body. Only the first twelve
        // lines are read, in place: the body is cut once rather than split into lines and joined again.
        var start = 0;
        for (var i = 0; i < 12; i++)
        {
            var newline = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (newline < 0 ? text.Length : newline) - start);
            // A line without a digit is no dateline (see DatelineParser.ParseLine): no string is made for it.
            if (line.ContainsAnyInRange('0', '9') && DatelineParser.ParseLine(line.ToString()) is { } date)
            {
                published ??= date;
                text = WithoutLine(text, start, newline);
                break;
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        return new RawArticle(text, TitleOf(text), published);
    }

    /// <summary>The text without the line starting at <paramref name="start"/> and ending at <paramref name="newline"/> (-1: the last line).</summary>
    private static string WithoutLine(string text, int start, int newline) =>
        newline >= 0 ? string.Concat(text.AsSpan(0, start), text.AsSpan(newline + 1))
        : start == 0 ? "" : text[..(start - 1)];

    /// <summary>The first non-empty line when it reads like a headline (short, no closing full stop).</summary>
    internal static string? TitleOf(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length == 0) continue;
            return line.Length <= 160 && line[^1] != '.' ? line.ToString() : null;
        }
        return null;
    }
}
