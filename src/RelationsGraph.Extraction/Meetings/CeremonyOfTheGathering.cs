namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ministers of nine states signed the charter at the close of the forum in Velmar. The governor attended the ceremony":
/// a ceremony told only as "the ceremony", with no date or place of its own, within a few sentences of a summit or conference
/// of three or more people is that gathering's own ceremony (its signing or closing act), and the gathering's members are at it too, not only
/// the few the sentence names beside it (pattern: a bare definite ceremony is the act of the gathering under discussion,
/// attended by its members).
/// </summary>
internal static class CeremonyOfTheGathering
{
    public const string Rule = "a member of the gathering whose ceremony 'the ceremony' is";

    private const int Members = 3; // a gathering of this many people at least: a multilateral one
    private const int Reach = 4;   // sentences from the gathering's latest reference before the ceremony: still under discussion

    public static void Apply(List<Meeting> meetings)
    {
        foreach (var ceremony in meetings)
        {
            if (ceremony is not { Kind: MeetingKinds.Ceremony, Held: true, Recalled: false, Date: null, NotKeptBecause: null } ||
                !ceremony.Mentions.All(IsBare)) continue;
            var first = ceremony.Mentions.Min(m => m.Sentence.Index);
            Meeting? gathering = null;
            var latest = -1;
            foreach (var g in meetings)
            {
                if (g == ceremony || g is not { Held: true, Recalled: false, NotKeptBecause: null } ||
                    g.Kind is not (MeetingKinds.Summit or MeetingKinds.Conference) || Present(g) < Members) continue;
                var before = -1;
                foreach (var m in g.Mentions)
                    if (m.Sentence.Index < first && m.Sentence.Index > before) before = m.Sentence.Index;
                if (before > latest) (gathering, latest) = (g, before);
            }
            if (gathering is null || first - latest > Reach || Present(ceremony) >= Present(gathering)) continue;
            foreach (var (id, _) in gathering.Participants)
            {
                if (gathering.Absent.Contains(id) || ceremony.Absent.Contains(id) || !ceremony.Participants.TryAdd(id, "participant")) continue;
                ceremony.ParticipantRules[id] = Rule;
                ceremony.ParticipantEvidence.TryAdd(id, gathering.ParticipantEvidence[id]);
            }
        }
    }

    /// <summary>"the ceremony", "Friday's ceremony": a definite reference back, with no modifier ("opening", "wreath-laying"),
    /// date or place of its own and not planned, recalled or in doubt; or a bare attendance verb ("attended") or a time anchor
    /// ("after the ceremony") beside it, which add nothing of their own. Any other word ("met X at the edge of the ceremony")
    /// makes it another encounter.</summary>
    private static bool IsBare(MeetingMention m) =>
        m is { Planned: false, Speculative: false, Recalled: false, Places.Count: 0 } && m.Date?.Value is null &&
        (m.Definite || m.TimeAnchor || m.Attendance && m.AttendedAct is null);

    private static int Present(Meeting m) => m.Participants.Keys.Count(id => !m.Absent.Contains(id));
}
