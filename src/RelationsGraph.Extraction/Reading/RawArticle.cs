namespace RelationsGraph.Extraction.Reading;

/// <summary>What a format parser recovers before cleaning: the body plus any metadata it carries.</summary>
internal sealed record RawArticle(string Body, string? Title = null, DateOnly? Published = null, string? Source = null);
