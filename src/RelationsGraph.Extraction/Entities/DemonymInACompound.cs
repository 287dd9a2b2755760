using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the South American bloc", "Latin American diplomats": a demonym after a compass or continental word that the list of
/// demonyms does not hold as one ("South Korean", "East German" are one demonym) names a region of the world, not the state
/// of that adjective; "Turkish Cypriot leaders", "the Greek Cypriot side": a demonym right before another one tells the origin
/// of a people of the second (pattern: an adjective compounded into a longer regional or communal name is not a state).
/// </summary>
internal static class DemonymInACompound
{
    /// <summary>Words that, written before a demonym, make it a region's adjective ("Central American", "Latin American").</summary>
    private static readonly FrozenSet<string> RegionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Latin", "Northern", "Southern", "Eastern", "Western",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the demonym chunk at <paramref name="k"/> is part of a regional or communal compound.</summary>
    public static bool NamesNoState(List<Token> tokens, List<NameChunk> chunks, int k)
    {
        var c = chunks[k];
        if (c.Start >= 1 && RegionWords.Contains(tokens[c.Start - 1].Text)) return true;
        return k + 1 < chunks.Count && chunks[k + 1].Start == c.End && chunks[k + 1].Kind == GazetteerKind.Demonym &&
               chunks[k + 1].Entry?.Iso2 != c.Entry?.Iso2;
    }
}
