namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Tanzania will host the fifth summit in Arusha, the leaders agreed", "Leaders will review the pact at their next summit":
/// a later edition of a series, still to come, is not attended by the group of the gathering told. "The leaders" there are
/// who decided, and "their" names the series; only people named at the edition (its host) are known to go (pattern: a
/// future edition's roster is not today's). The next edition notes itself (<see cref="NextEdition"/>); a host alone adds no note.
/// </summary>
internal static class EditionAhead
{
    // "The two premiers will meet again in X": a counted group that is the subject of the meeting verb is the roster (see MeetAgain);
    // "before the leaders meet again" leaves a forum's next roster open.
    public static bool IsEditionAhead(this MeetingMention m) => m.Planned && !(MeetAgain.Of(m) && (m.RefersToPair || m.GroupSize is not null)) && (NextEdition.Of(m) || HostNamedAhead(m));

    /// <summary>"will host the fifth meeting": a host named for the edition ahead.</summary>
    private static bool HostNamedAhead(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(0, m.TokenStart - 3); i <= m.TokenStart && i < tokens.Count; i++)
            if (tokens[i].Lower is "host" or "hosts" or "hosting") return true;
        return false;
    }
}
