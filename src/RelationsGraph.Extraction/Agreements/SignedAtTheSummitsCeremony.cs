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
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not { Held: true, Recalled: false } summit || summit.Kind is not (MeetingKinds.Summit or MeetingKinds.Conference)) continue;
            if (!agreement.Mentions.Any(m => m.Concluded && !m.Recalled && SigningVerb.AnyIn(m.Sentence.Tokens))) continue;
            var present = summit.Participants.Keys.Where(p => !summit.Absent.Contains(p)).ToHashSet();
            var held = ceremonies.Where(c => c != summit && c.Participants.Keys.Count(p => present.Contains(p) && !c.Absent.Contains(p)) >= 2
                                             && SameTime(c, summit) && SamePlace(c, summit)).ToList();
            if (held.Count == 1) agreement.AlsoProducedBy = held[0];
            else if (CeremonyNamedRightAfter(agreement, summit, meetings) is { } told) agreement.AlsoProducedBy = told;
        }
    }

    /// <summary>
    /// "The ten leaders signed the Varo Charter at the bloc's summit on Tuesday. The ceremony took place in the Hotel Miramar":
    /// a definite ceremony named in the sentence right after the one that signs the summit's document by its title is that
    /// document's signing ceremony, whoever it names and wherever (a venue of the summit's town) it is placed (pattern: news
    /// tells the signing at the summit, then names the ceremony back with its setting). An untitled document told in passing
    /// in that sentence ("launched with a short declaration") is not what the ceremony signed. Only one such ceremony of the
    /// summit's time, held and of the present; the meeting it was merged into may be of another kind (a ceremony and the
    /// lunch after it).
    /// </summary>
    private static Meeting? CeremonyNamedRightAfter(Agreement agreement, Meeting summit, IReadOnlyList<Meeting> meetings)
    {
        var signed = agreement.Mentions.Where(m => m.Concluded && !m.Recalled && m.Title is not null && SigningVerb.AnyIn(m.Sentence.Tokens))
            .Select(m => m.Sentence.Index).ToHashSet();
        if (signed.Count == 0) return null;
        var found = meetings.Where(c => c != summit && c.Id is not null && c.Held && !c.Recalled && SameTime(c, summit) &&
                c.Mentions.Any(x => x is { Kind: MeetingKinds.Ceremony, Definite: true, Planned: false, Speculative: false, Recalled: false, TimeAnchor: false } &&
                                    signed.Contains(x.Sentence.Index - 1)))
            .Distinct().Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
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
