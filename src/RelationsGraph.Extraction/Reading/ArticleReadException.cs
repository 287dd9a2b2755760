namespace RelationsGraph.Extraction.Reading;

/// <summary>A file that cannot be read as an article; the message is the reason.</summary>
public sealed class ArticleReadException(string reason) : Exception(reason);
