namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X and his wife welcomed Y and her husband at the residence ... The two presidents then talked alone for an hour": "the two"
/// counts two people, so a gathering told with the pair and their spouses, ministers or hosts (more than two present) is not
/// the pair's own encounter; the pair reference still names the story's two protagonists and tells their talks within that
/// programme (pattern: the principals' tête-à-tête inside a visit, a ceremony or a summit). Only an encounter of the pair
/// alone, already told, keeps the counted reference from naming them afresh (it is then the gathering the words point back to).
/// </summary>
internal static class PairOnItsOwn
{
    /// <summary>The meeting holds both of the pair and nobody else present beside them.</summary>
    public static bool Told(Meeting meeting, IReadOnlyList<string> pair)
    {
        if (!pair.All(meeting.Participants.ContainsKey)) return false;
        foreach (var id in meeting.Participants.Keys)
            if (!meeting.Absent.Contains(id) && !pair.Contains(id)) return false;
        return true;
    }
}
