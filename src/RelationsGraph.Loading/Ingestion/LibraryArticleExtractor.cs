using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>The extraction library behind the loader: read and clean the file, then extract its graph.</summary>
public sealed class LibraryArticleExtractor : IArticleExtractor
{
    private readonly ArticleReader _reader = new();
    private readonly Extractor _extractor = new();

    public ExtractionDocument Extract(string path) => _extractor.Extract(_reader.ReadFile(path));
}
