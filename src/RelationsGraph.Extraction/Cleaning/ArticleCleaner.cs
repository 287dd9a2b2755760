using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Cleaning;

/// <summary>
/// Removes what is on the page but is not the article: share/print/font widgets, hashtag lines,
/// copyright lines, subscription and login notices, and everything from a reader-comment block on.
/// Paragraphs come back separated by one blank line.
/// </summary>
public static partial class ArticleCleaner
{
    [GeneratedRegex(@"^(?:\d+\s+comments?|comments?\s*\(\d+\)|login to comment|log in to comment|sign in to comment|(?:reader\s+)?comments|leave a (?:comment|reply)|add a comment|show comments|view comments|join the conversation)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsStart();

    [GeneratedRegex(@"\b(?:print page|print|small font|big font|font size|facebook share|tweet share|twitter share|kakaotalk share|share this article|share|tweet|email|e-mail|copy link|url copy|listen|a\+|a-|bookmark|save)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetWord();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b)|all rights reserved|unauthori[sz]ed reproduction", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:subscription|subscriber|subscribe)\b.*\b(?:comment|read|access|account|plan)\b|\b(?:log ?in|sign ?in|sign up|register)\b.*\b(?:comment|continue|read|access)\b|^(?:subscribe|sign in|log ?in|sign up|register)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccountNotice();

    [GeneratedRegex(@"^#[^\s#]")]
    private static partial Regex HashtagLine();

    public static string Clean(string body)
    {
        var kept = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Regex.Replace(raw.Replace('\u00A0', ' '), @"[ \t]+", " ").Trim();
            if (CommentsStart().IsMatch(line)) break;
            if (line.Length == 0) { kept.Add(""); continue; }
            if (IsChrome(line)) continue;
            kept.Add(line);
        }
        return JoinParagraphs(kept);
    }

    /// <summary>True for a line that is page furniture rather than prose.</summary>
    public static bool IsChrome(string line) =>
        HashtagLine().IsMatch(line) || Copyright().IsMatch(line) || AccountNotice().IsMatch(line) || IsOnlyWidgets(line);

    private static bool IsOnlyWidgets(string line) =>
        line.Length < 60 && WidgetWord().Replace(line, "").Trim(' ', '|', '/', '·', '-', ',').Length == 0;

    private static string JoinParagraphs(List<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (current.Count > 0) paragraphs.Add(string.Join("\n", current));
                current.Clear();
            }
            else current.Add(line);
        }
        if (current.Count > 0) paragraphs.Add(string.Join("\n", current));
        return string.Join("\n\n", paragraphs);
    }
}
