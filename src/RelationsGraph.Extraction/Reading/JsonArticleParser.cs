using System.Text.Json;

namespace RelationsGraph.Extraction.Reading;

/// <summary>JSON: an object with text (or body/content), and optional title, published, source, url.</summary>
internal static class JsonArticleParser
{
    public static RawArticle Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from zero; people count from one.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new ArticleReadException($"invalid JSON{where}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ArticleReadException("JSON is not an object");
            var root = document.RootElement;
            var text = String(root, "text", "body", "content");
            if (string.IsNullOrWhiteSpace(text)) throw new ArticleReadException("JSON without text");
            var publishedText = String(root, "published", "date", "published_at", "publishedAt");
            var published = publishedText is null ? null
                : DatelineParser.ParseLine(publishedText.Length >= 10 && char.IsDigit(publishedText[0]) ? publishedText[..10] : publishedText);
            var plain = PlainTextParser.Parse(text);
            return plain with
            {
                Title = String(root, "title", "headline") ?? plain.Title,
                Published = published ?? plain.Published,
                Source = String(root, "source", "publisher"),
            };
        }
    }

    private static string? String(JsonElement root, params string[] names)
    {
        foreach (var name in names)
            if (root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
        return null;
    }
}
