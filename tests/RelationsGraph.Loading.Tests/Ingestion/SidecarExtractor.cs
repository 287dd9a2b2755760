using RelationsGraph.Extraction.Model;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>
/// Extraction for loader tests: the article's text file is its cleaned text and the extraction
/// JSON beside it (same name, .json) holds its graph, so tests decide exactly what gets loaded.
/// </summary>
internal sealed class SidecarExtractor : IArticleExtractor
{
    public ExtractionDocument Extract(string path)
    {
        var text = File.ReadAllText(path);
        var document = ExtractionJson.Deserialize(File.ReadAllText(System.IO.Path.ChangeExtension(path, ".json")));
        document.Article.Text = text;
        document.Article.Path = path;
        return document;
    }
}
