using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in Dhaka on a state visit ... the two leaders held talks": talks, ceremonies and dinners
/// the visitor takes part in during a visit happen where the visit is, when the text places them
/// nowhere of their own. Only one visit may be the candidate: two visits leave the events unplaced.
/// A visit dated months or years from the story ("his first trip abroad was to X last February") frames
/// none of the story's undated events (pattern: an earlier trip's place does not leak into the current meeting).
/// </summary>
internal static class VisitVenue
{
    /// <summary>"arrived in Tokyo on a visit and held talks with Y": within one sentence, before the references are grouped.</summary>
    public static void ApplyInSentence(List<MeetingMention> found)
    {
        // Counted in a loop: every sentence with a gathering comes here.
        MeetingMention? visit = null;
        foreach (var v in found)
        {
            if (v is not { Kind: MeetingKinds.Visit, Recalled: false } || v.Places.Count == 0) continue;
            if (visit is not null) return;
            visit = v;
        }
        if (visit is null) return;
        // Only what follows the visit in the sentence: "ahead of a state visit to Britain" names a later journey.
        foreach (var m in found)
            if (m.Kind is not (MeetingKinds.Visit or MeetingKinds.PhoneCall) && m.Places.Count == 0 && m.TokenStart > visit.TokenStart &&
                !m.Recalled && !m.TimeAnchor && m.Planned == visit.Planned && m.Organization is null)
                m.Places.AddRange(visit.Places);
    }

    public static void Apply(List<Meeting> meetings, DateOnly? published = null)
    {
        var visits = meetings.Where(v => v is { Kind: MeetingKinds.Visit, Recalled: false } && v.PlaceKey is not null).ToList();
        foreach (var meeting in meetings.Where(x => x.Kind is not (MeetingKinds.Visit or MeetingKinds.PhoneCall) && !x.Recalled && x.Organization is null && x.Places.Count == 0))
        {
            var during = visits.Where(v => v.Held == meeting.Held && Meeting.DatesCompatible(v.Date, meeting.Date) && Position(v) < Position(meeting) &&
                                           !(meeting.Date is null && EarlierMonth.IsAwayFromStory(v.Date, published)) &&
                                           meeting.Participants.Keys.Any(id => v.Participants.ContainsKey(id) && !v.Absent.Contains(id))).Take(2).ToList();
            if (during.Count != 1) continue;
            foreach (Mention place in during[0].Places) meeting.Places.Add(place);
        }
    }

    public const string TownOfVenueRule = "a visit goes to the town its venue stands in, not to the venue";

    /// <summary>Where a meeting is first told: the visit that frames events is told before them.</summary>
    private static int Position(Meeting m) => m.Mentions.Min(x => x.Sentence.Index * 10_000 + x.TokenStart);
}
