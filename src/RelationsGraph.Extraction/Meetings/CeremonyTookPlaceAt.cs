using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The ceremony took place at Port Velm, the old naval base", "The signing ceremony was held in the Hall of Mirrors": a definite
/// ceremony opening its sentence as the subject of a verb of happening, with a town or venue of its own, is an event the story
/// tells in itself, kept though nobody is named in that sentence and its day was told in the sentence before (pattern: news opens on
/// the act, then sets the scene "The ceremony took place at X"). Only a held ceremony of the present: not planned, speculative,
/// recalled, a time anchor, nor a grouping's; a country alone locates nothing. Cheap: a few tokens around the reference only.
/// Its people are those the very next sentence names at a held gathering of the present ("The ceremony took place at X. A was
/// host to his colleagues B of P and C of Q"): the scene is set, then the ones at it are named (see <see cref="Apply"/>).
/// </summary>
internal static class CeremonyTookPlaceAt
{
    public static bool Of(MeetingMention m)
    {
        if (m.Kind is not (MeetingKinds.Ceremony or MeetingKinds.Signing) || m.Participants.Count > 0 || m.Organization is not null ||
            m.Planned || m.Speculative || m.Recalled || m.TimeAnchor || m.Attendance) return false;
        if (!m.Places.Any(p => p.Kind == MentionKind.Place && p.EntityId is not null && !(m.HostPlaces?.Contains(p) ?? false))) return false;
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (i >= tokens.Count || tokens[i].Lower is not "ceremony") return false;
        // the subject opens the sentence: "The ceremony", "The signing ceremony"
        var k = i - 1;
        if (k >= 0 && tokens[k].Lower is "signing") k--;
        if (k != 0 || tokens[0].Lower is not "the") return false;
        // the verb of happening right after it
        return i + 2 < tokens.Count && (tokens[i + 1].Lower, tokens[i + 2].Lower) is ("took", "place") or ("was", "held");
    }

    public const string Note = "named in the sentence right after the ceremony's setting: the ceremony's people (CeremonyTookPlaceAt)";

    /// <summary>Gives a ceremony kept only by this rule the people a gathering names in the next sentence, at least two of them.</summary>
    public static void Apply(List<Meeting> meetings)
    {
        foreach (var ceremony in meetings)
        {
            if (ceremony.Participants.Count > 0 || !ceremony.Held || ceremony.Recalled || ceremony.Organization is not null || !ceremony.Mentions.All(Of)) continue;
            var next = ceremony.Mentions[0].Sentence.Index + 1;
            var roll = meetings.Where(x => x != ceremony && x.Held && !x.Recalled && x.Organization is null)
                .SelectMany(x => x.Mentions)
                .FirstOrDefault(y => y.Sentence.Index == next && !y.Planned && !y.Recalled && !y.TimeAnchor && !y.Speculative && y.Participants.Count >= 2);
            if (roll is null) continue;
            foreach (var id in roll.Participants.Keys)
            {
                ceremony.Participants.TryAdd(id, "participant");
                ceremony.ParticipantEvidence.TryAdd(id, roll.Sentence);
                ceremony.ParticipantRules.TryAdd(id, Note);
            }
        }
    }
}
