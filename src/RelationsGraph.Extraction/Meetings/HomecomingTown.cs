using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X flew home to T on Friday after a visit to Y", "arrived back in T", "on her return to T", "returned to T from Y",
/// "landed at T from Y, ending a visit": the town a traveller goes back to at the end of a trip is the traveller's home, not
/// where the trip's talks or signings were held; and a story filed from that town is filed from home, so its dateline places
/// none of the trip's meetings (pattern: the homecoming, told in wire copy as the end of the visit it reports).
/// "returned to T for the summit" (a second trip to a venue) is not a homecoming.
/// </summary>
internal static class HomecomingTown
{
    /// <summary>
    /// Verbs of a journey's last leg that, with "home" or "back" after them, tell a return. Not "came back to" or "went back to",
    /// which tell a second visit as often as a homecoming ("a prime minister comes back to T after twenty years").
    /// </summary>
    private static readonly FrozenSet<string> GoingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "flew", "flies", "fly", "flying", "headed", "heads", "heading", "returned", "returns", "returning",
        "arrived", "arrives", "arriving", "landed", "lands", "was", "were", "is", "are",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words after a town that end the trip it reports ("landed at T ..., ending a state visit").</summary>
    private static readonly FrozenSet<string> TripEnders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ending", "concluding", "wrapping", "capping", "completing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this place mention is a traveller's home town, told as the end of a trip.</summary>
    public static bool Of(Mention place)
    {
        if (place.Kind != MentionKind.Place) return false;
        var tokens = place.Sentence.Tokens;
        var k = place.TokenStart - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        if (k < 1) return false;
        var lead = tokens[k].Lower;
        var before = tokens[k - 1].Lower;
        // "flew home to T", "headed back to T", "arrived back in T", "was back in T".
        if (lead is "to" or "in" or "at" && before is "home" or "back" && k >= 2 && GoingVerbs.Contains(tokens[k - 2].Text)) return true;
        // "on his return to T", "upon their return home to T".
        if (lead == "to" && before == "return" && k >= 2 && tokens[k - 2].Lower is "his" or "her" or "their" or "its" or "my" or "our") return true;
        // "returned to T from Y", "landed at T this afternoon from Y, ending a six-day visit".
        if (lead == "to" && before is "returned" or "returns" or "returning" && FromAfter(tokens, place.TokenEnd)) return true;
        if (lead is "at" or "in" && before is "landed" or "arrived" && FromAfter(tokens, place.TokenEnd) && EndsTheTrip(tokens, place.TokenEnd)) return true;
        return false;
    }

    /// <summary>Whether the story tells somebody coming home to this place: a dateline there is the home bureau.</summary>
    public static bool IsHome(string placeId, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence) =>
        mentionsBySentence.Any(s => s.Any(p => p.EntityId == placeId && Of(p)));

    /// <summary>"T from Y", "T late on Tuesday from Y": "from" within a few words after the town.</summary>
    private static bool FromAfter(IReadOnlyList<Token> tokens, int end)
    {
        for (var i = end; i < tokens.Count && i < end + 5; i++)
        {
            if (tokens[i].Lower == "from") return true;
            if (tokens[i].Text is "," or ";" or "." or "for") return false;
        }
        return false;
    }

    /// <summary>"..., ending a six-day visit", "wrapping up a tour": a trip-ending participle later in the sentence.</summary>
    private static bool EndsTheTrip(IReadOnlyList<Token> tokens, int end)
    {
        for (var i = end; i < tokens.Count; i++)
            if (TripEnders.Contains(tokens[i].Text)) return true;
        return false;
    }
}
