using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "spoke from Cordoba, Veracruz, where ...", "talks in Dayton, Ohio": a name the gazetteer does not know, right
/// after a known town and its comma, is the state or province that qualifies the town, not a venue of its own; the town is
/// where the meeting was (pattern: "Town, Region" read as two places). A list of towns ("in Paris, Berlin and Rome") goes on
/// with a comma or "and" to a further place, so a name followed by one is left alone.
/// </summary>
internal static class TownQualifier
{
    /// <summary>The town the place qualifies, or null when it is a place of its own.</summary>
    public static Mention? TownOf(List<Token> tokens, Mention place, IReadOnlyList<Mention> mentions)
    {
        if (place.Kind != MentionKind.Place || place.Canonical is not null || place.Iso2 is not null) return null;
        var comma = place.TokenStart - 1;
        if (comma < 1 || tokens[comma].Text != ",") return null;
        var town = mentions.FirstOrDefault(x => x.Kind == MentionKind.Place && x.TokenEnd == comma && x.Iso2 is not null);
        if (town is null) return null;
        // "in Paris, Lyon and Nice": a list goes on to another place after "and" or a further comma.
        var after = place.TokenEnd;
        var listGoesOn = after + 1 < tokens.Count && tokens[after].Text is "," or "and" or "or" &&
                         mentions.Any(x => x.Kind is MentionKind.Place && x.TokenStart == after + 1);
        return listGoesOn ? null : town;
    }
}
