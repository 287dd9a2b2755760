namespace RelationsGraph.Extraction.Cleaning;

/// <summary>
/// "PRESS RELEASE — For immediate release — Velmora, 3 May 2021", "THE HARBOUR ARCHIVE -- From the files", "NEWS RELEASE -":
/// a line in capitals before a dash that ends in the noun of a kind of paper or publication (a release, a statement, a
/// bulletin, an archive) is the heading of a release or the masthead of a series, not the town of a dateline, though it has
/// a dateline's shape (pattern: press-office and archive headings above the story).
/// </summary>
internal static class ReleaseHeading
{
    private static readonly FrozenSet<string> PaperNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "RELEASE", "RELEASES", "STATEMENT", "STATEMENTS", "ADVISORY", "NOTICE", "BULLETIN", "READOUT", "COMMUNIQUE", "COMMUNIQUÉ",
        "ARCHIVE", "ARCHIVES", "ANNOUNCEMENT", "BRIEFING", "TRANSCRIPT",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the capitals words <paramref name="words"/> end in the noun of a paper or a publication.</summary>
    public static bool IsHeading(string words)
    {
        var last = words.TrimEnd(' ', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && PaperNouns.Contains(last);
    }
}
