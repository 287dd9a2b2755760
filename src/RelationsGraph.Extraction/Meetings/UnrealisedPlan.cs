using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X had been due to visit Tokyo", "was supposed to meet", "had planned to travel": a plan told in
/// the past perfect is one that did not happen as planned (postponed or called off), so it is
/// neither a held meeting nor a firm plan.
/// </summary>
internal static class UnrealisedPlan
{
    private static readonly FrozenSet<string> PlanWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "due", "scheduled", "expected", "set", "slated", "supposed", "planned", "planning", "intended", "meant" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when [from, trigger) holds "had been due", "had planned", "was supposed" and the like.</summary>
    public static bool Before(List<Token> tokens, int from, int trigger)
    {
        for (var i = Math.Max(0, from); i + 1 < trigger; i++)
        {
            var next = tokens[i + 1].Lower;
            if (tokens[i].Lower == "had" && (PlanWords.Contains(next) || next == "been" && i + 2 < trigger && PlanWords.Contains(tokens[i + 2].Text)))
                return true;
            if (tokens[i].Lower is "was" or "were" && next is "supposed" or "meant") return true;
        }
        return false;
    }
}
