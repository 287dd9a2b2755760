using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Leaders of six states met in Varo for a two-day summit ... The presidents later signed the pact at a ceremony in the
/// congress hall": a signed document the summit or conference made comes out of the signing ceremony held during it too
/// (the pattern: news credits what a summit signs both to the summit and to the ceremony where its leaders signed). The
/// ceremony is the one signing or ceremony of the story held at the summit's place and time that at least two of the
/// summit's present participants attended; with two or more such, none is chosen.
/// </summary>
internal static class SignedAtTheSummitsCeremony
{
    public const string Rule = "signed at the ceremony held during the summit that made it (SignedAtTheSummitsCeremony)";

    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings)
    {
        var ceremonies = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind is MeetingKinds.Signing or MeetingKinds.Ceremony).ToList();
        if (ceremonies.Count == 0) return;
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not { Held: true, Recalled: false } summit || summit.Kind is not (MeetingKinds.Summit or MeetingKinds.Conference)) continue;
            if (!agreement.Mentions.Any(m => m.Concluded && !m.Recalled && SigningVerb.AnyIn(m.Sentence.Tokens))) continue;
            var present = summit.Participants.Keys.Where(p => !summit.Absent.Contains(p)).ToHashSet();
            var held = ceremonies.Where(c => c != summit && c.Participants.Keys.Count(p => present.Contains(p) && !c.Absent.Contains(p)) >= 2
                                             && SameTime(c, summit) && SamePlace(c, summit)).ToList();
            if (held.Count == 1) agreement.AlsoProducedBy = held[0];
        }
    }

    /// <summary>Both undated, or their dates agree to the month (to the year when one has only a year).</summary>
    private static bool SameTime(Meeting ceremony, Meeting summit)
    {
        if (ceremony.DateOrAssumedYear is not { } a || summit.DateOrAssumedYear is not { } b) return true;
        var n = Math.Min(7, Math.Min(a.Length, b.Length));
        return string.CompareOrdinal(a, 0, b, 0, n) == 0;
    }

    private static bool SamePlace(Meeting ceremony, Meeting summit) =>
        ceremony.PlaceKey is not { } here || summit.PlaceKey is not { } there || here == there;
}
