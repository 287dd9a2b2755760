namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// One article as read from disk: metadata plus the cleaned text that extraction works on.
/// </summary>
/// <param name="Path">The file it came from.</param>
/// <param name="Name">The file's stem; extraction files are named after it.</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Published">Publication date, or null when the article does not state one.</param>
/// <param name="Source">Agency or publisher credit, or null.</param>
/// <param name="Text">Cleaned article text: no page chrome, credits or reader comments.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of <paramref name="Text"/> (UTF-8).</param>
/// <param name="DatelinePlace">The city the story was filed from ("LIMA" of "LIMA, Nov 15 (Kyodo) --"), as printed, or null.</param>
/// <param name="PublishedFromOpening">The date was read from the story's opening lines (see <see cref="OpeningDate"/>), not from metadata.</param>
public sealed record Article(
    string Path, string Name, string? Title, DateOnly? Published, string? Source, string Text, string Sha256,
    string? DatelinePlace = null, bool PublishedFromOpening = false);
