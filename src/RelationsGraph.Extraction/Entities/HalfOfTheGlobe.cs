namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the oldest dispute in the Western Hemisphere", "across the Southern Hemisphere": a hemisphere is a half of the globe, a
/// world region as continents are, where policy is aimed and nothing is held; like the gazetteer's world regions it is read
/// and makes no place mention, so it never becomes a meeting's place (pattern: a compass adjective and "Hemisphere").
/// </summary>
internal static class HalfOfTheGlobe
{
    /// <summary>True when the unknown name's last word is "Hemisphere" or "Hemispheres".</summary>
    public static bool Names(IReadOnlyList<string> words) => words.Count >= 1 && words[^1] is "Hemisphere" or "Hemispheres";
}
