namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Biden met Brazil's Bolsonaro" while the summit with many leaders is already told: talks naming just their own pair,
/// one of whom is not yet at that summit, are an encounter of their own at it (pattern: the bilateral on a summit's
/// margins told without the word "sidelines"), not more of the multilateral gathering.
/// </summary>
internal static class SideEncounter
{
    public const string Note = "a pair's own talks: an encounter apart from the gathering of many";

    public static bool Applies(Meeting gathering, MeetingMention m, IReadOnlyDictionary<string, string> participants)
    {
        // "On the sidelines of the summit, X held talks with Y": talks told as held beside the gathering are never the gathering itself.
        if (m is { Kind: MeetingKinds.Talks or MeetingKinds.PhoneCall, Attendance: false, Organization: null } && (m.OnSidelines || m.AtGathering) &&
            participants.Count > 0 && gathering.Kind is MeetingKinds.Summit or MeetingKinds.Conference) return true;
        if (m.Kind != MeetingKinds.Talks || m.Attendance || m.RefersToGroup || m.Organization is not null || participants.Count != 2) return false;
        if (gathering.Kind is not (MeetingKinds.Summit or MeetingKinds.Conference)) return false;
        var present = gathering.Participants.Keys.Where(id => !gathering.Absent.Contains(id)).ToHashSet();
        // A gathering of many: with only the pair there, the talks are that gathering told again.
        // Two of its people talking on their own ("Kishida and Li held their own talks") meet apart from it as surely as a newcomer does.
        if (present.Count < 3 || participants.Keys.Count(id => !present.Contains(id)) > 1) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
