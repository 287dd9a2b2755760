using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Varnholt Hall of Assembly ... a banquet in the Varnholt Hall", "Kessel Air Base ... flew out of Kessel": after naming a
/// venue, base or landmark in full, news shortens it to its first words (pattern: a long place name cut to its head once
/// the reader knows it). An unknown place name that is the leading words of exactly one longer place named in the same article
/// is that place, not a place of its own. A known place or town ("Washington" beside "Washington National Airport", "Corvell" beside
/// "Corvell Convention Centre"), even one that needs place context, is the town the venue is named after and keeps its own entity.
/// </summary>
internal static class ShortFormOfANamedPlace
{
    /// <summary>The one longer place name among <paramref name="places"/> that opens with <paramref name="name"/>'s words, or null.</summary>
    public static string? LongerForm(string name, IReadOnlyList<string> places, KnowledgeBase knowledge)
    {
        string? found = null;
        foreach (var p in places)
        {
            if (p.Length <= name.Length + 1 || p[name.Length] != ' ' || !p.StartsWith(name, StringComparison.Ordinal)) continue;
            if (found is not null && !string.Equals(found, p, StringComparison.Ordinal)) return null;
            found = p;
        }
        if (found is null || knowledge.Lookup(name).Any(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital or GazetteerKind.Country)) return null;
        return found;
    }
}
