using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Builds articles from test prose and extracts them, with small look-up helpers.</summary>
internal static class TestArticles
{
    private static readonly ArticleReader Reader = new();
    private static readonly Extractor Extractor = new();

    public static Article Read(string text, string fileName = "test.txt") => Reader.FromText(fileName, text);

    public static ExtractionDocument Extract(string text, string fileName = "test.txt") => Extractor.Extract(Read(text, fileName));

    /// <summary>
    /// Extracts with a knowledge base that knows only the given office-holder lines ("Name|ISO2|Office|from-to|"), for rules
    /// that read what the knowledge says of a person; the invented people stay out of the shipped lists.
    /// </summary>
    public static ExtractionDocument ExtractKnowing(string officeholderLines, string text) =>
        ExtractKnowingOnly("officeholders.txt", officeholderLines, text);

    /// <summary>Extracts with a knowledge base made of one list file alone ("places.txt", "officeholders.txt", ...).</summary>
    public static ExtractionDocument ExtractKnowingOnly(string listFile, string lines, string text) =>
        ExtractKnowingOnly(new Dictionary<string, string> { [listFile] = lines }, text);

    /// <summary>Extracts with a knowledge base made of the given list files alone (file name to its lines).</summary>
    public static ExtractionDocument ExtractKnowingOnly(IReadOnlyDictionary<string, string> lists, string text)
    {
        var dir = Directory.CreateTempSubdirectory("rg-knowledge-");
        try
        {
            foreach (var (listFile, lines) in lists) File.WriteAllText(Path.Combine(dir.FullName, listFile), lines);
            var kb = Knowledge.KnowledgeBase.Load(dir.FullName);
            return new Extractor(kb).Extract(new ArticleReader(kb).FromText("a.txt", text));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public static ExtractedEntity Entity(this ExtractionDocument d, string id) =>
        d.Entities.SingleOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException(
            $"No entity {id}; have: {string.Join(", ", d.Entities.Select(e => e.Id))}");

    public static IEnumerable<ExtractedEntity> OfType(this ExtractionDocument d, string type) => d.Entities.Where(e => e.Type == type);

    public static bool Has(this ExtractionDocument d, string type, string from, string to) =>
        d.Relationships.Any(r => r.Type == type && r.From == from && r.To == to);

    public static string Dump(this ExtractionDocument d) =>
        string.Join("\n", d.Relationships.Select(r => $"{r.Type} {r.From} -> {r.To}"));

    /// <summary>A temporary file with the given bytes, deleted on dispose.</summary>
    public sealed class TempFile : IDisposable
    {
        public string Path { get; }

        public TempFile(string extension, byte[] bytes)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rg-extraction-{Guid.NewGuid():N}{extension}");
            File.WriteAllBytes(Path, bytes);
        }

        public void Dispose() => File.Delete(Path);
    }
}
