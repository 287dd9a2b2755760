namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The bloc's summit opened in the capital ... Family photo on 9 June: from left, A, B and C": a dated gathering of many that
/// counts every leader told at the grouping's undated held summit is that summit itself, not a conference of its own
/// (pattern: the summit's day is told through its plenary, photo or session rather than with the word "summit").
/// </summary>
internal static class SummitItsPlenary
{
    public const string Note = "a dated gathering of the summit's own leaders: the summit itself";

    public static void Apply(List<Meeting> meetings)
    {
        var summits = meetings.Where(x => x is { Organization: not null, Date: null, Held: true, Recalled: false } && x.Kind == MeetingKinds.Summit).ToList();
        if (summits.Count != 1) return;
        var summit = summits[0];
        var leaders = summit.Participants.Keys.Where(id => !summit.Absent.Contains(id)).ToList();
        if (leaders.Count < 2) return;
        var plenaries = meetings.Where(x => x != summit && x is { Organization: null, Held: true, Recalled: false, Date.Length: 10 } &&
                                            x.Kind == MeetingKinds.Conference && leaders.All(x.Participants.ContainsKey)).ToList();
        if (plenaries.Count != 1) return;
        var plenary = plenaries[0];
        foreach (var m in plenary.Mentions)
        {
            summit.Absorb(m, new Dictionary<string, string>());
            m.Notes.Add(Note);
        }
        foreach (var (id, role) in plenary.Participants)
        {
            if (!summit.Participants.TryGetValue(id, out var existing) || existing == "participant") summit.Participants[id] = role;
            if (plenary.ParticipantEvidence.TryGetValue(id, out var s)) summit.ParticipantEvidence.TryAdd(id, s);
        }
        foreach (var id in plenary.Absent) summit.Absent.Add(id);
        summit.Kind = MeetingKinds.Summit;
        meetings.Remove(plenary);
    }
}
