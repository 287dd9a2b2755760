using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>The word that introduces a place named near a meeting ("in", "at", "to", "visited").</summary>
internal static class PlaceLead
{
    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase) { "city", "town", "capital", "port", "resort", "village" };

    /// <summary>
    /// Index of the lead word before a place, looking past "the", a place adjective ("to rural South Korea")
    /// and a description of the place ("in the Saudi city of Jeddah"); -1 at the sentence start.
    /// </summary>
    public static int IndexBefore(IReadOnlyList<Token> tokens, int placeStart)
    {
        var lead = placeStart - 1;
        // "the Saudi city of Jeddah", "the port city of Busan"
        if (lead >= 2 && tokens[lead].Lower == "of" && SettlementNouns.Contains(tokens[lead - 1].Text))
        {
            lead -= 2;
            if (lead >= 0 && tokens[lead].Lower != "the") lead--; // the adjective: "Saudi", "port"
        }
        if (lead > 0 && Lexicon.PlaceAdjectives.Contains(tokens[lead].Text)) lead--;
        if (lead > 0 && tokens[lead].Lower == "the") lead--; // "in The Hague"
        return lead;
    }

    /// <summary>
    /// "to" and "for" point at a destination: where a visit goes, or where someone travels before the
    /// meeting is named ("flew to Tokyo for a summit"); after talks or a summit they name something else
    /// ("talks ... resume assistance to Kyiv").
    /// </summary>
    public static bool IsOtherDirection(Token lead, Mention place, MeetingMention m) =>
        lead.Lower is "to" or "for" && place.TokenStart >= m.TokenEnd && m.Kind is not MeetingKinds.Visit;
}
