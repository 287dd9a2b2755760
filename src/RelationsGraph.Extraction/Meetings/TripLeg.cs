using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders then travelled together to Anuradhapura", "flew on to the naval base at X", "went to Y": a journey of
/// people to a named place is a visit there, a leg of a trip (pattern: a travel verb with a destination). When the clause
/// names what the journey is for ("flew to Tokyo for a summit", "travelled to Moscow to meet Y"), that gathering is the
/// event and the journey is not told apart from it.
/// </summary>
internal static class TripLeg
{
    internal static readonly FrozenSet<string> TravelVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travelled", "traveled", "flew", "went", "headed", "drove", "journeyed", "proceeded", "continued", "moved",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Particles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "on", "together", "then", "onward", "onwards", "later", "also", "next" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private const int DestinationReach = 6; // "to the naval complex at X": the named place may follow a common noun
    private const int PurposeReach = 12;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var planned = !TravelVerbs.Contains(tokens[i].Text);
        if (planned && !PlannedJourney.IsAt(tokens, i) && !OnwardLeg.IsAt(tokens, i) || tokens[i].IsCapitalized && i > 0) return false;
        if (planned && !PlannedJourney.HasTraveller(tokens, i, mentions)) return false;
        var to = i + 1;
        while (to < tokens.Count && to - i <= 3 && Particles.Contains(tokens[to].Text)) to++;
        to = OnwardLeg.AfterDay(tokens, to);
        if (to + 1 >= tokens.Count || tokens[to].Lower != "to" || !(tokens[to + 1].IsCapitalized || tokens[to + 1].Lower == "the")) return false;
        var destination = Destination(mentions, to);
        if (destination is null || tokens.Skip(to).Take(destination.TokenStart - to).Any(t => t.Text is "," or ";")) return false;
        // "is due to travel to the border posts near Y": a journey ahead to a spot near a named place is no visit to that place.
        if (planned && destination.TokenStart - to > 2) return false;
        if (OnwardLeg.IsAt(tokens, i) && (OnwardLeg.ForAnotherEvent(tokens, destination.TokenEnd) || OnwardLeg.WithinTheOriginsCountry(tokens, i, destination, mentions))) return false;
        // "flew to Tokyo for a summit", "travelled to Moscow to meet Y", "has travelled to Washington six times": another event, or many.
        for (var k = destination.TokenEnd; k < Math.Min(tokens.Count, destination.TokenEnd + PurposeReach) && tokens[k].Text is not (";" or "." or "—"); k++)
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null || tokens[k].Lower is "times" or "signing" or "sign") return false;
        return !(planned && PlannedJourney.GatheringWhereItGoes(tokens, destination.TokenEnd));
    }

    /// <summary>The first place named shortly after "to" (a method of its own: the filter's closure is made only for a travel verb).</summary>
    private static Mention? Destination(IReadOnlyList<Mention> mentions, int to) =>
        mentions.FirstOrDefault(p => p.Kind is MentionKind.Place or MentionKind.Country && !p.IsDemonym && !p.IsGovernment &&
                                     p.TokenStart > to && p.TokenStart - to <= DestinationReach);
}
