using System.Net;
using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// HTML: the article body (the &lt;article&gt;, else &lt;main&gt;, else &lt;body&gt;) without
/// navigation, headers, footers, asides, forms and scripts; title and date from metadata.
/// </summary>
internal static partial class HtmlParser
{
    [GeneratedRegex(@"<(script|style|noscript|nav|header|footer|aside|form|button|svg|iframe|template)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NonContent();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|blockquote|figcaption|figure|article|main)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    public static RawArticle Parse(string html)
    {
        var body = Element(html, "article") ?? Element(html, "main") ?? Element(html, "body")
                   ?? throw new ArticleReadException("HTML without a body");
        var title = Meta(html, "og:title") ?? Text(Element(html, "h1")) ?? Text(Element(html, "title"));
        var published = DateFromMeta(html);
        var source = Meta(html, "og:site_name") ?? Meta(html, "author");

        body = Comment().Replace(body, "");
        body = NonContent().Replace(body, "\n");
        body = BlockTag().Replace(body, "\n\n");
        body = WebUtility.HtmlDecode(LetterEntities.Decode(AnyTag().Replace(body, "")));
        if (string.IsNullOrWhiteSpace(body)) throw new ArticleReadException("HTML without a body");
        var plain = PlainTextParser.Parse(body);
        return plain with { Title = title ?? plain.Title, Published = published ?? plain.Published, Source = source };
    }

    private static string? Element(string html, string tag)
    {
        var m = Regex.Match(html, $@"<{tag}\b[^>]*>(?<inner>.*?)</{tag}\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
        return m.Success ? m.Groups["inner"].Value : null;
    }

    private static string? Text(string? fragment) =>
        fragment is null ? null : WebUtility.HtmlDecode(LetterEntities.Decode(AnyTag().Replace(fragment, ""))).Trim() is { Length: > 0 } t ? t : null;

    private static string? Meta(string html, string name)
    {
        var m = Regex.Match(html, $@"<meta\b[^>]*(?:name|property)\s*=\s*[""']{Regex.Escape(name)}[""'][^>]*>", RegexOptions.IgnoreCase);
        if (!m.Success) return null;
        var content = Regex.Match(m.Value, @"content\s*=\s*[""'](?<c>[^""']*)[""']", RegexOptions.IgnoreCase);
        return content.Success ? WebUtility.HtmlDecode(content.Groups["c"].Value).Trim() : null;
    }

    private static DateOnly? DateFromMeta(string html)
    {
        var time = Regex.Match(html, @"<time\b[^>]*datetime\s*=\s*[""'](?<d>[^""']+)[""']", RegexOptions.IgnoreCase);
        var value = Meta(html, "article:published_time") ?? Meta(html, "date") ?? Meta(html, "pubdate")
                    ?? (time.Success ? time.Groups["d"].Value : null);
        return value is null ? null : DatelineParser.ParseLine(value.Length >= 10 ? value[..10] : value);
    }
}
