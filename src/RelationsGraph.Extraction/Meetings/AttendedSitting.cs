namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, who attended the official sessions, later spoke at a rally", "Y attended the opening session as an observer": attending
/// a sitting ("session", "plenary") names a part of the summit or conference under discussion, not whatever talks were told
/// last (pattern: a session belongs to its gathering, as "the session" does when told without the verb).
/// </summary>
internal static class AttendedSitting
{
    public const string Note = "attends a sitting: the summit or conference under discussion";
    private const int Reach = 4; // words between the verb and the sitting noun: "the", "opening", "official", "closing", "and"

    public static bool Of(MeetingMention m)
    {
        if (!m.Attendance || m.AttendedAct is not null || m.Ellipsis) return false;
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (tokens[i].Lower is not ("attended" or "attend" or "attending" or "attends")) return false;
        if (i + 1 >= tokens.Count || tokens[i + 1].Lower is not ("the" or "its" or "their" or "both" or "all")) return false;
        for (var k = i + 2; k < Math.Min(tokens.Count, i + 2 + Reach); k++)
        {
            if (tokens[k].Lower is "session" or "sessions" or "plenary" or "plenaries") return true;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
        }
        return false;
    }
}
