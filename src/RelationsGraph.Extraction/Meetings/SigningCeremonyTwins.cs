namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The ministers signed the treaty ... Guests at the ceremony included A, B and C": one signing told first with its verb and
/// then as "the ceremony", each reference gathering much the same roll of people, is one event, not a signing and a ceremony
/// of their own (pattern: a signing ceremony named by its two words). Kept apart: a ceremony of another day, or one whose
/// people are mostly others (a wreath-laying, a welcome) than the signers.
/// </summary>
internal static class SigningCeremonyTwins
{
    public const string Note = "a ceremony and a signing of the same day and mostly the same people: one signing ceremony";

    private const int Shared = 3;          // people at both, at least
    private const double SharedShare = 0.75; // of the smaller roll

    public static void Apply(List<Meeting> meetings)
    {
        for (var i = meetings.Count - 1; i >= 0; i--)
        {
            var a = meetings[i];
            if (!Fits(a)) continue;
            foreach (var b in meetings)
            {
                if (b == a || !Fits(b) || !(a.Kind == MeetingKinds.Ceremony && b.Kind == MeetingKinds.Signing || a.Kind == MeetingKinds.Signing && b.Kind == MeetingKinds.Ceremony)) continue;
                if (a.Date != b.Date) continue;
                var pa = Present(a); var pb = Present(b);
                var shared = pa.Count(pb.Contains);
                if (shared < Shared || shared < SharedShare * Math.Min(pa.Count, pb.Count)) continue;
                var (keep, gone) = pa.Count >= pb.Count ? (a, b) : (b, a);
                var kind = keep.Kind;
                foreach (var m in gone.Mentions)
                {
                    keep.Absorb(m, new Dictionary<string, string>());
                    m.Notes.Add(Note);
                }
                keep.Kind = kind;
                foreach (var (id, role) in gone.Participants)
                {
                    if (!keep.Participants.TryGetValue(id, out var existing) || existing == "participant") keep.Participants[id] = role;
                    if (gone.ParticipantEvidence.TryGetValue(id, out var s)) keep.ParticipantEvidence.TryAdd(id, s);
                    if (gone.ParticipantRules.TryGetValue(id, out var r)) keep.ParticipantRules.TryAdd(id, r);
                }
                foreach (var id in gone.Absent) keep.Absent.Add(id);
                meetings.Remove(gone);
                i = Math.Min(i, meetings.Count);
                break;
            }
        }
    }

    private static bool Fits(Meeting m) => m is { Held: true, Recalled: false, NotKeptBecause: null, Organization: null };

    private static List<string> Present(Meeting m) => m.Participants.Keys.Where(id => !m.Absent.Contains(id)).ToList();
}
