using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X and Y signed the memorandum" in a sentence that names no meeting, in a story that reports X's talks
/// with Y: a document concluded in the events reported comes out of the held meeting its signers attended.
/// A signing meeting is preferred, then talks or a summit, then a
/// visit; documents recalled, upheld or of another year keep no producer.
/// </summary>
internal static class ProducingMeeting
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        var held = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && !m.IsCeremonial && m.Kind != MeetingKinds.PhoneCall).ToList();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null))
        {
            var concluded = agreement.Mentions.FirstOrDefault(m => m.Concluded && !m.Recalled && !m.Upheld);
            if (concluded is null || agreement.Mentions.Any(m => m.Recalled || m.Upheld)) continue;
            var year = agreement.Year ?? storyYear;
            var fitting = held.Where(m => year is null || m.Date is null || m.Date.StartsWith(year.Value.ToString("D4"), StringComparison.Ordinal)).ToList();
            if (agreement.Signatories.Count == 0) continue;
            var candidates = fitting.Where(m => agreement.Signatories.Keys.Any(s => m.Participants.ContainsKey(s) && !m.Absent.Contains(s))).ToList();
            var best = candidates.OrderBy(Preference).ThenByDescending(m => m.Mentions.Count).FirstOrDefault();
            if (best is null) continue;
            agreement.ProducedBy = best;
            agreement.ProducedEvidence = concluded.Sentence;
        }
    }

    private static int Preference(Meeting m) => m.Kind switch
    {
        MeetingKinds.Signing => 0,
        MeetingKinds.Talks or MeetingKinds.Summit or MeetingKinds.Conference => 1,
        _ => 2,
    };
}
