namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The treaty was signed at the Palace of Nations on Friday. ... It bears the signatures of A and B": a signing told with a
/// place and a time of its own is the story's ceremony even while nobody is named at it yet; its signers are told later, by the
/// agreements (pattern: news opens on the act and its setting, and names the signers further down).
/// Only a held signing of the present placed in a town or venue (a country alone locates nothing): not planned, speculative,
/// recalled, a time anchor, nor a grouping's.
/// </summary>
internal static class NamelessSigningCeremony
{
    public static bool Of(MeetingMention m) =>
        m.Kind == MeetingKinds.Signing && m.Participants.Count == 0 && m.Organization is null && m.Date is not null &&
        m.Places.Any(p => p.Kind == Entities.MentionKind.Place && p.EntityId is not null && !(m.HostPlaces?.Contains(p) ?? false)) &&
        !m.Planned && !m.Speculative && !m.Recalled && !m.TimeAnchor;
}
