using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Reads one article file and extracts its graph (with the cleaned text in Article.Text);
/// throws when the file cannot be read or understood. The loader calls it from several threads at once.
/// </summary>
public interface IArticleExtractor
{
    ExtractionDocument Extract(string path);
}
