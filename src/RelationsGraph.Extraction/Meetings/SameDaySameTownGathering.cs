namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "NATO leaders met in Vilnius on Tuesday ... Macron and Scholz held talks in Vilnius on Tuesday": people meeting in the town
/// and on the day of a grouping's summit are there for it, said "on the sidelines" or not (pattern: a side meeting told by
/// its place and day alone). Both days must be told and agree; a phone call is held nowhere.
/// </summary>
internal static class SameDaySameTownGathering
{
    public const string Rule = "met in the town and on the day of a grouping's summit";

    public static void Apply(List<Meeting> meetings)
    {
        foreach (var gathering in meetings.Where(x => x.Organization is not null && x.Held && !x.Recalled && x.Date is not null &&
                                                      x.Kind is MeetingKinds.Summit or MeetingKinds.Conference))
        {
            var towns = gathering.Places.Where(p => p.EntityId is not null).Select(p => p.EntityId!).ToHashSet();
            if (towns.Count == 0) continue;
            foreach (var side in meetings.Where(x => x != gathering && x.Organization is null && x.Held && !x.Recalled && x.Kind != MeetingKinds.PhoneCall &&
                                                     x.Date is { } d && (d.StartsWith(gathering.Date!, StringComparison.Ordinal) || gathering.Date!.StartsWith(d, StringComparison.Ordinal)) &&
                                                     x.Places.Any(p => p.EntityId is not null && towns.Contains(p.EntityId))))
                foreach (var (id, _) in side.Participants.Where(p => !side.Absent.Contains(p.Key)).ToList())
                    if (gathering.Participants.TryAdd(id, "participant"))
                    {
                        gathering.ParticipantEvidence.TryAdd(id, side.ParticipantEvidence[id]);
                        gathering.ParticipantRules[id] = Rule;
                    }
        }
    }
}
