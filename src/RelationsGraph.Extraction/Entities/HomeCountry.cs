using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The country an article is filed from: its dateline city's ("CANBERRA, June 30 (Wire) -"). Reporters leave the
/// nationality of local officials unsaid ("Trade Minister X said" in a story filed from Canberra) and mark the
/// visitors ("the visiting Indian prime minister"). Without a dateline there is no home country: the country an
/// article names most is as often the visitor's as the host's.
/// </summary>
internal static class HomeCountry
{
    public static string? Of(string? datelinePlace, KnowledgeBase knowledge) =>
        string.IsNullOrWhiteSpace(datelinePlace)
            ? null
            : knowledge.Lookup(datelinePlace).FirstOrDefault(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital or GazetteerKind.Country && e.Iso2 is not null)?.Iso2;
}
