using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Markdown: optional YAML front matter (title, date, source), a '#' headline, and inline markup
/// (links, emphasis, images) reduced to its text.
/// </summary>
internal static partial class MarkdownParser
{
    [GeneratedRegex(@"\A---\s*\n(?<yaml>.*?)\n---\s*\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>title|date|published|source|author)\s*:\s*[""']?(?<value>.*?)[""']?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex YamlField();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|`)")]
    private static partial Regex Emphasis();

    // Spaces and tabs only: "\s" would also eat the blank line above a block, merging it into the paragraph before.
    [GeneratedRegex(@"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", RegexOptions.Multiline)]
    private static partial Regex BlockMarker();

    /// <summary>
    /// "- item" or "* item": a list item is a block of its own, as an HTML &lt;li&gt; is, so each item reads as its own
    /// paragraph rather than as one with its lead or its neighbours (a blank line is put before it).
    /// </summary>
    [GeneratedRegex(@"^[ \t]{0,3}[-*+][ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListItemMarker();

    public static RawArticle Parse(string text)
    {
        text = text.Replace("\r\n", "\n");
        string? title = null, source = null;
        DateOnly? published = null;
        var front = FrontMatter().Match(text);
        if (front.Success)
        {
            foreach (Match f in YamlField().Matches(front.Groups["yaml"].Value))
            {
                var value = f.Groups["value"].Value.Trim();
                switch (f.Groups["key"].Value.ToLowerInvariant())
                {
                    case "title": title = value; break;
                    case "source" or "author": source ??= value; break;
                    default: published ??= DatelineParser.ParseLine(value); break;
                }
            }
            text = text[front.Length..];
        }
        var heading = Regex.Match(text, @"^\s*#\s+(?<h>.+)$", RegexOptions.Multiline);
        if (title is null && heading.Success) title = heading.Groups["h"].Value.Trim();
        text = Image().Replace(text, "");
        text = Link().Replace(text, "${text}");
        text = ListItemMarker().Replace(text, "\n");
        text = Emphasis().Replace(text, "");
        text = BlockMarker().Replace(text, "");
        var plain = PlainTextParser.Parse(text);
        return plain with { Title = title ?? plain.Title, Published = published ?? plain.Published, Source = source };
    }
}
