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
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        // A dateline is metadata: take it (when no marker gave the date) and drop it from the body.
        for (var i = 0; i < Math.Min(lines.Count, 12); i++)
        {
            if (DatelineParser.ParseLine(lines[i]) is not { } date) continue;
            published ??= date;
            lines.RemoveAt(i);
            break;
        }
        return new RawArticle(string.Join("\n", lines), TitleOf(lines), published);
    }

    /// <summary>The first non-empty line when it reads like a headline (short, no closing full stop).</summary>
    internal static string? TitleOf(IEnumerable<string> lines)
    {
        var first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return first is { Length: <= 160 } && !first.EndsWith('.') ? first : null;
    }
}
