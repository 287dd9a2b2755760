using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Neighbours sign border declaration in Asmara" over "NAIROBI (Reuters) -": the dateline names the bureau that filed the
/// story, the headline the town where its news happened; when the headline places the news in one known town and the dateline
/// is a town of another country, the headline's town stands in for the dateline (pattern: a regional bureau covering a meeting in a
/// neighbouring capital). With no town in the headline the dateline keeps placing the story's meetings.
/// </summary>
internal static class BureauDateline
{
    /// <summary>The town that stands in for the dateline: the headline's, when it differs from the dateline's; else the dateline's or, without one, the headline's.</summary>
    public static string? VenueStandIn(string? datelinePlace, string? headlineTown, KnowledgeBase knowledge)
    {
        if (string.IsNullOrWhiteSpace(datelinePlace)) return headlineTown;
        if (string.IsNullOrWhiteSpace(headlineTown)) return datelinePlace;
        var dateline = knowledge.Lookup(datelinePlace).FirstOrDefault(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital);
        // A town, not a building ("sign accord at the White House" is in the dateline city), of another country than the bureau's.
        var headline = knowledge.Lookup(headlineTown).FirstOrDefault(e =>
            e.Kind is GazetteerKind.Capital || e.Kind is GazetteerKind.Place && e.Detail != "venue" && e.Detail != GazetteerEntry.WorldRegion);
        if (dateline?.Iso2 is null || headline?.Iso2 is null) return datelinePlace;
        return dateline.Iso2 == headline.Iso2 ? datelinePlace : headlineTown;
    }
}
