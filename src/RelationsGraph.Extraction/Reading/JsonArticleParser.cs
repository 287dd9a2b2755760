using System.Text.Json;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// JSON: an object with its text under one of the usual body fields (text, body, content, schema.org's
/// articleBody, story), either one string or a list of paragraphs (strings, or objects with a text field),
/// as news APIs deliver them; and optional title, published, source. The article object may sit inside
/// a response envelope (<c>{"status": "ok", "article": {...}}</c>, or a list holding one article).
/// </summary>
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
            var root = Unwrapped(document.RootElement);
            var text = Body(root, BodyFields);
            if (string.IsNullOrWhiteSpace(text)) throw new ArticleReadException("JSON without text");
            // The fields describing the article sit beside its body or, when the body is an object of its own
            // ({"title": ..., "content": {"paragraphs": [...]}}), on the object around it.
            JsonElement[] scopes = [root, document.RootElement];
            var publishedText = String(scopes, "published", "date", "published_at", "publishedAt");
            var published = publishedText is null ? null
                : DatelineParser.ParseLine(publishedText.Length >= 10 && char.IsDigit(publishedText[0]) ? publishedText[..10] : publishedText);
            var plain = PlainTextParser.Parse(text);
            return plain with
            {
                Title = String(scopes, "title", "headline") ?? plain.Title,
                Published = published ?? plain.Published,
                Source = String(scopes, "source", "publisher"),
            };
        }
    }

    private static readonly string[] BodyFields = ["text", "body", "content", "articleBody", "story", "paragraphs"];

    /// <summary>
    /// The article object itself: the root when it has a body field, or else the one object (or the one
    /// element of a list) under the root that has one, which is how API responses wrap their payload
    /// (the result-envelope pattern). Anything less certain stays the root, so a missing body is still reported.
    /// </summary>
    private static JsonElement Unwrapped(JsonElement root)
    {
        if (Body(root, BodyFields) is not null) return root;
        var wrapped = root.EnumerateObject()
            .Select(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 1 ? p.Value[0] : p.Value)
            .Where(v => v.ValueKind == JsonValueKind.Object && Body(v, BodyFields) is not null)
            .ToList();
        return wrapped.Count == 1 ? wrapped[0] : root;
    }

    private static string? Body(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Array)
            {
                // Paragraphs kept apart by a blank line, so the sentence splitter sees where each ends.
                var paragraphs = v.EnumerateArray().Select(Paragraph).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                if (paragraphs.Count > 0) return string.Join("\n\n", paragraphs);
            }
        }
        return null;
    }

    private static string? Paragraph(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Object => String(item, "text", "content", "body"),
        _ => null,
    };

    private static string? String(JsonElement[] scopes, params string[] names) =>
        scopes.Select(scope => String(scope, names)).FirstOrDefault(value => value is not null);

    private static string? String(JsonElement root, params string[] names)
    {
        foreach (var name in names)
            if (root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
        return null;
    }
}
