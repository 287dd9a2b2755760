using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Northern Ireland", "Western Australia", "Southern Sudan": a capitalised compass word set before a country's name, where the
/// pair is not itself a known country ("North Korea" and "South Sudan" are read whole before this), names a region; the region
/// may not even lie in that country, so it is a place of its own and says nothing of the country (pattern: compass word +
/// country name = a sub-national or cross-border region).
/// </summary>
internal static class RegionOfACountryName
{
    private static readonly FrozenSet<string> CompassWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West", "Central", "Upper", "Lower",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCompassWord(string word) => CompassWords.Contains(word);

    /// <summary>True when <paramref name="compass"/> is a compass word and <paramref name="next"/> a country or a place that is no world region.</summary>
    public static bool Opens(NameChunk compass, NameChunk next) =>
        compass.IsUnknownWord && CompassWords.Contains(compass.Text) && next.Start == compass.End &&
        (next.Kind == GazetteerKind.Country || next.Kind == GazetteerKind.Place && next.Entry!.Detail != GazetteerEntry.WorldRegion);
}
