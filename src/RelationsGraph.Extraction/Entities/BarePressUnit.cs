using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Press Office" heading a release, "photographs are available from the Press Office", "Media enquiries: Press Service": a press
/// unit written by its generic two words alone is the issuer's own desk signing its release, not a named body of the story
/// (pattern: official releases sign off or refer readers to their own press unit without naming it). A named unit ("the Ardel
/// Press Office", "Presidency Press Service") keeps its reading.
/// </summary>
internal static class BarePressUnit
{
    private static readonly FrozenSet<string> UnitNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Press Office", "Press Service", "Press Desk", "Media Office", "Media Service", "Media Desk",
        "PRESS OFFICE", "PRESS SERVICE", "PRESS DESK", "MEDIA OFFICE",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences' mentions without the organizations named only by a press unit's generic words.</summary>
    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < bySentence.Count; s++)
        {
            var list = bySentence[s];
            if (list.Any(IsBareUnit)) bySentence[s] = list.Where(m => !IsBareUnit(m)).ToList();
        }
        return bySentence;
    }

    private static bool IsBareUnit(Mention m) => m.Kind == MentionKind.Organization && UnitNames.Contains(m.Surface);
}
