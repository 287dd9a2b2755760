using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the pact on Sunday. Their ceremony was held at the Hotel Royal, the residence of C": a definite ceremony told
/// right after a signing, placed at a venue rather than a town or a country, is that signing's ceremony, and its venue is where the signing
/// took place (pattern: the definite ceremony points back even when it brings the room). A town, a date of another day, or a
/// signing told further back leaves the ceremony to the other rules.
/// </summary>
internal static class PlacedCeremonyOfTheSigning
{
    public const string Note = "the ceremony placed at a venue: the signing told just before";

    public static Meeting? For(IReadOnlyList<Meeting> meetings, MeetingMention m, Func<Mention, bool> isTown)
    {
        if (m is not { Definite: true, Kind: MeetingKinds.Ceremony, Signing: false, Attendance: false, Planned: false, Speculative: false, Recalled: false, TimeAnchor: false } ||
            m.Places.Count == 0 || m.Organization is not null || m.Places.Any(p => p.Kind != MentionKind.Place || isTown(p))) return null;
        var signing = meetings.LastOrDefault(x => x.Kind == MeetingKinds.Signing && !x.Recalled && x.Held && x.Organization is null);
        if (signing is null || !Meeting.DatesCompatible(signing.Date, m.Date?.Value)) return null;
        var latest = signing.Mentions.Max(y => y.Sentence.Index);
        return latest <= m.Sentence.Index && latest >= m.Sentence.Index - 1 ? signing : null;
    }
}
