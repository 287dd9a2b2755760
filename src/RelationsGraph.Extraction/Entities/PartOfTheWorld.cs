namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "his first trip to Africa", "tensions in the Balkans", "shipping across the Pacific": a continent, an ocean or a broad
/// region of seas and lands named by its own word (with at most a compass word before it) is a part of the world, where
/// policy is aimed and trips are headed, not a town, area or venue where anything is held; like the gazetteer's world
/// regions it is read and makes no place mention (pattern: news names the wider world by its continents and waters). A
/// longer name built on one ("Africa Hall", "the Gulf of Aden") is not one.
/// </summary>
internal static class PartOfTheWorld
{
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "Africa", "Americas", "Balkans", "Caucasus", "Maghreb", "Levant", "Sahel",
        "Pacific", "Atlantic", "Caribbean", "Mediterranean", "Aegean", "Baltic", "Gulf",
    };

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Sub-Saharan",
    };

    /// <summary>True when the unknown name is a region word alone or after one compass word ("West Africa", "South Pacific").</summary>
    public static bool Names(IReadOnlyList<string> words) =>
        words.Count == 1 && Regions.Contains(words[0]) ||
        words.Count == 2 && Compass.Contains(words[0]) && Regions.Contains(words[1]);
}
