namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two ministers signed the accord in Lomé, closing the visit the two had begun": a later reference in a sentence that
/// already tells the event, with no date of its own, no place apart from the event's, one sentence only and no one who is not
/// already at the event, retells that event; it is not a gathering of its own (pattern: a clause about the event under
/// discussion names it again). A reference with its own day, its own place, someone new, or talks told within a visit or
/// summit stays apart, and a ceremony never retells talks (nor the reverse).
/// </summary>
internal static class LoneReferenceOfTheEvent
{
    public const string Rule = "an undated reference told after the event in its sentence, with no one new: that event retold";

    public static void Apply(List<Meeting> meetings)
    {
        for (var i = meetings.Count - 1; i >= 0; i--)
        {
            var lone = meetings[i];
            if (!IsLone(lone)) continue;
            var told = lone.Mentions[0];
            Meeting? target = null;
            foreach (var x in meetings)
            {
                if (x == lone || !CanTake(x, lone) || !x.Mentions.Exists(n => n.Sentence == told.Sentence && n.TokenStart < told.TokenStart && !n.TimeAnchor)) continue;
                // "after which the two signed", "before the ceremony": a sequence tells two events; "a protocol signed during a visit" an older one.
                if (SequencedWithSigning.KeepsApart(x, told) || SequenceMarkerApart.KeepsApart(x, told) || DayWordApart.KeepsApart(x, told) ||
                    told.Sentence.Tokens.Exists(t => t.Lower is "after" or "before" or "during")) continue;
                if (target is null || x.Mentions.Count > target.Mentions.Count) target = x;
            }
            if (target is null || lone.Participants.Keys.Any(id => !lone.Absent.Contains(id) && !target.Participants.ContainsKey(id))) continue;
            foreach (var (id, _) in lone.Participants)
                if (!lone.Absent.Contains(id)) target.ParticipantEvidence.TryAdd(id, lone.ParticipantEvidence[id]);
            target.Mentions.AddRange(lone.Mentions);
            meetings.RemoveAt(i);
        }
    }

    private static bool IsLone(Meeting m)
    {
        if (m.NotKeptBecause is not null || m.Organization is not null || m.Date is not null || m.Recalled || !m.Held || m.Kind == MeetingKinds.PhoneCall) return false;
        if (m.Mentions.Exists(x => x.Planned || x.Recalled || x.OnSidelines || x.Sentence != m.Mentions[0].Sentence)) return false;
        var present = m.Participants.Keys.Count(id => !m.Absent.Contains(id));
        return present is >= 1 and <= 2;
    }

    private static bool CanTake(Meeting x, Meeting lone) =>
        x.NotKeptBecause is null && !x.Recalled && x.Held && x.Kind != MeetingKinds.PhoneCall && x.IsCeremonial == lone.IsCeremonial &&
        // Talks held during a visit or at a summit are an encounter of their own within it.
        !(lone.Kind == MeetingKinds.Talks && x.Kind is MeetingKinds.Visit or MeetingKinds.Summit or MeetingKinds.Conference) &&
        (lone.PlaceKey is null || lone.PlaceKey == x.PlaceKey);
}
