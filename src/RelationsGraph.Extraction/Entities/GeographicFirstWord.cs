namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Mount Tarrow", "Lake Ulvane", "Upper Kessel", "West Ravensby": a capitalised run that opens with a landform word or a compass
/// or relative-position adjective names a place or a region, never a person, whatever its context (pattern: geographic names
/// are built as "Mount/Lake/Cape X", "Upper/Lower X", "North/South/East/West X"). Only the first word is read, so a surname
/// such as "West" or "Lake" later in a name stays a name.
/// </summary>
internal static class GeographicFirstWord
{
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mount", "Mt", "Lake", "Cape", "Upper", "Lower", "Greater", "Lesser", "Great",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the first of two or more words of a run is such an opener.</summary>
    public static bool Opens(IReadOnlyList<string> words) => words.Count >= 2 && Openers.Contains(words[0]);
}
