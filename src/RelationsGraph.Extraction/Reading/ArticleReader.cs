using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Extraction.Cleaning;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Reads one article file (.txt, .md, .html/.htm, .json) into an <see cref="Article"/> with
/// cleaned text. Throws <see cref="ArticleReadException"/> with the reason for a bad file.
/// </summary>
public sealed class ArticleReader(KnowledgeBase knowledge)
{
    /// <summary>Files above this size are rejected: no news article is this long.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private readonly SourceCreditFinder _credits = new(knowledge);

    public ArticleReader() : this(KnowledgeBase.Default) { }

    /// <summary>Reads with the built-in knowledge.</summary>
    public static Article Read(string path) => new ArticleReader().ReadFile(path);

    public Article ReadFile(string path) => ReadFile(path, null);

    /// <summary>Reads, writing what the reading and cleaning stages produced into <paramref name="trace"/> when one is given.</summary>
    public Article ReadFile(string path, ExtractionTrace? trace)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ArticleReadException("file not found");
        if (info.Length > MaxBytes) throw new ArticleReadException($"file too large ({info.Length / (1024 * 1024)} MB; limit {MaxBytes / (1024 * 1024)} MB)");
        var text = TextDecoder.Decode(File.ReadAllBytes(path));
        return FromText(path, text, trace);
    }

    /// <summary>Parses already-decoded text; the format follows the extension of <paramref name="path"/>.</summary>
    public Article FromText(string path, string text) => FromText(path, text, null);

    /// <summary>Stage 1, reading (format, metadata, body), then stage 2, cleaning (page chrome, comments, credits, dateline).</summary>
    public Article FromText(string path, string text, ExtractionTrace? trace)
    {
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) throw new ArticleReadException("empty file");
        var raw = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => JsonArticleParser.Parse(text),
            ".html" or ".htm" => HtmlParser.Parse(text),
            ".md" or ".markdown" => MarkdownParser.Parse(text),
            _ => PlainTextParser.Parse(text),
        };
        // No date in the metadata: the one printed above or at the head of the story.
        var openingDate = raw.Published is null ? OpeningDate.Find(raw.Body) : null;
        var published = raw.Published ?? openingDate;
        var source = raw.Source ?? _credits.Find(raw.Body);
        var withCredits = ArticleCleaner.Clean(raw.Body);
        var datelinePlace = _credits.DatelinePlace(withCredits, text, out var datelineForm);
        var cleaned = _credits.StripCredits(withCredits);
        if (trace is not null)
        {
            trace.Stage("reading", $"{Path.GetExtension(path)} file, {text.Length} characters");
            trace.Line($"title: {raw.Title ?? "-"}; published: {published?.ToString("yyyy-MM-dd") ?? "-"}{(openingDate is null ? "" : " (from the story's opening lines)")}; source: {source ?? "-"}; body {raw.Body.Length} characters");
            trace.Stage("cleaning", $"{cleaned.Length} characters kept");
            foreach (var line in raw.Body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && ArticleCleaner.IsChrome(l)))
                trace.Line($"page chrome dropped: {ExtractionTrace.Quote(line)}");
            if (datelinePlace is not null) trace.Line($"dateline place: {datelinePlace} ({datelineForm})");
        }
        if (cleaned.Length == 0) throw new ArticleReadException("no article text after cleaning");
        var sha = Sha256Hex(cleaned);
        return new Article(path, Path.GetFileNameWithoutExtension(path), raw.Title, published, source, cleaned, sha, datelinePlace, openingDate is not null);
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, in lower-case hex; the bytes go through a pooled buffer, not a new array per article.</summary>
    private static string Sha256Hex(string text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.AsSpan(0, length), hash);
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(hash);
    }
}
