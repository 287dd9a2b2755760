namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Palestinian factions", "the Palestinian leader", "Kosovar negotiators": the adjective of a state whose statehood is itself
/// in dispute names a people or a movement (its factions, parties and liberation fronts act for it), not a state that is a
/// side. Such a state is a side of the story only where the article names it as a state ("Palestine", "the State of
/// Palestine", "Taiwan", its capital for its government); where its adjective is all the article uses, no country is kept
/// and its officials represent no state (pattern: a disputed state is written as a people until it is written as a state).
/// </summary>
internal static class PeopleOfADisputedState
{
    /// <summary>States outside the UN whose recognition is itself news: Palestine, Taiwan, Kosovo.</summary>
    private static readonly FrozenSet<string> Disputed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "PS", "TW", "XK" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The disputed states the mentions name only through their adjective.</summary>
    public static IReadOnlySet<string> NamedOnlyAsAPeople(IReadOnlyList<Mention> mentions)
    {
        var adjective = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Country || m.Iso2 is not { } iso || !Disputed.Contains(iso)) continue;
            (m.IsDemonym ? adjective : named).Add(iso);
        }
        adjective.ExceptWith(named);
        return adjective;
    }
}
