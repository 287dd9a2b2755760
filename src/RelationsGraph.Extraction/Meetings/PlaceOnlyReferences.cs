namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The talks took place in Doha." next to "X led the delegation": a reference that names a place but no one
/// forms no meeting of its own, yet tells where the nearby meeting of its kind was held (pattern: the venue given in a
/// sentence about the event, not about its people). It places the nearest held meeting, within a few sentences, that is
/// placed nowhere, of the same kind (a summit venue does not place talks) and a compatible date; two such meetings equally near leave it unused.
/// A call paid on someone is not "the talks" such a sentence places: it is where the one called on received the caller.
/// </summary>
internal static class PlaceOnlyReferences
{
    private static bool IsTownOrVenue(Entities.Mention p) => p.Kind == Entities.MentionKind.Place && p.EntityId is not null && !PlaceLead.DescribesASettlement(p);

    private const int SentenceReach = 3;

    /// <summary>A country alone ("a summit in Egypt", often a headline's) says less than the dateline or a later sentence: only towns and venues.</summary>
    public static bool Qualifies(MeetingMention m) =>
        m.Places.Any(IsTownOrVenue) && m.Participants.Count == 0 && m.Organization is null &&
        !m.Planned && !m.Speculative && !m.Recalled && !m.TimeAnchor && m.Kind != MeetingKinds.PhoneCall;

    /// <summary>
    /// "The ceremony at the palace" beside a gathering told as "signed" and "hosted the ceremony": a meeting is of the reference's
    /// kind when it is of that kind or one of the references naming it is (an attendance verb's "watched" names no kind), the kind it ended with being only its most specific one; a
    /// ceremony reference is of a signing's kind too (pattern: the signing ceremony told by its noun, the signing by its verb).
    /// </summary>
    public static bool OfItsKind(Meeting meeting, MeetingMention reference) =>
        meeting.Kind == reference.Kind || meeting.Mentions.Any(x => !x.Attendance && x.Kind == reference.Kind) ||
        reference.Kind == MeetingKinds.Ceremony && meeting.Kind == MeetingKinds.Signing;

    public static void Apply(List<Meeting> meetings, IEnumerable<MeetingMention> unused)
    {
        foreach (var m in unused)
        {
            var candidates = meetings
                .Where(x => x.Held && !x.Recalled && x.Organization is null && x.Places.Count == 0 && x.Kind != MeetingKinds.PhoneCall &&
                            OfItsKind(x, m) && Meeting.DatesCompatible(x.Date, m.Date?.Value) && !CourtesyCall.IsCallOnly(x))
                .Select(x => (Meeting: x, Distance: x.Mentions.Min(y => Math.Abs(y.Sentence.Index - m.Sentence.Index))))
                .Where(x => x.Distance <= SentenceReach)
                .OrderBy(x => x.Distance)
                .ToList();
            if (candidates.Count == 0 || candidates.Count > 1 && candidates[1].Distance == candidates[0].Distance) continue;
            candidates[0].Meeting.Places.AddRange(m.Places.Where(IsTownOrVenue));
            candidates[0].Meeting.PlaceRule = "the venue told in a sentence that names no one";
        }
    }
}
