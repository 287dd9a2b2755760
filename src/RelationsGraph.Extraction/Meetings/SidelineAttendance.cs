namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On the sidelines, X held talks with Y": a side meeting happens at a larger gathering, so its
/// people attend that gathering too. The gathering is a grouping's meeting: the one named after
/// "sidelines of" in the same sentence, else the one the article was describing just before, else
/// the grouping's summit held in the same town on the same day.
/// A side meeting the text places nowhere of its own is held where that gathering is (pattern: side
/// meeting → the summit's venue), so "on the sidelines of the G20 summit in Rio" places the talks in Rio.
/// </summary>
internal static class SidelineAttendance
{
    public const string SameDayAndTownRule = "met in the town and on the day of a grouping's summit";

    public static void Apply(List<Meeting> meetings)
    {
        foreach (var side in meetings.Where(x => x.Organization is null && x.Held))
        {
            var named = NamedInSameSentence(meetings, side);
            var gathering = named ?? UnderDiscussion(meetings, side);
            // Only people who met by day and town alone need their rule told in the trace.
            var rule = gathering is null ? SameDayAndTownRule : null;
            gathering ??= SameDayAndTown(meetings, side);
            if (gathering is null) continue;
            foreach (var (id, _) in side.Participants.Where(p => !side.Absent.Contains(p.Key)))
            {
                if (gathering.Participants.TryAdd(id, "participant") && rule is not null) gathering.ParticipantRules[id] = rule;
                gathering.ParticipantEvidence.TryAdd(id, side.ParticipantEvidence[id]);
            }
            // An unnamed summit's place is too loosely told ("a summit in Kenya") to move a side meeting placed by other means.
            if ((named is not null || gathering.Organization is not null) && side.Kind != MeetingKinds.PhoneCall && !side.Places.Any(p => p.EntityId is not null) && gathering.Places.Any(p => p.EntityId is not null))
            {
                side.Places.Clear();
                side.Places.AddRange(gathering.Places.Where(p => p.EntityId is not null));
                side.PlaceRule = "a side meeting is held where its gathering is";
            }
        }
    }

    private static bool IsGathering(Meeting x, Meeting side) => x != side && x.Organization is not null && !x.Recalled && x.Held;

    private static bool ToldOnSidelines(MeetingMention m) => m.OnSidelines || m.AtGathering;

    private static Meeting? NamedInSameSentence(List<Meeting> meetings, Meeting side)
    {
        if (side.Mentions.FirstOrDefault(ToldOnSidelines) is not { } sideMention) return null;
        var tokens = sideMention.Sentence.Tokens;
        // Only "the sidelines of X" or "at X" names it; "met on the sidelines ... ahead of a NATO summit" does not.
        var namesIt = sideMention.AtGathering || Enumerable.Range(0, tokens.Count - 1).Any(i => tokens[i].Lower is "sidelines" or "margins" && tokens[i + 1].Lower == "of");
        if (!namesIt) return null;
        return meetings.FirstOrDefault(x => IsGathering(x, side) &&
                                            x.Mentions.Any(m => m.Sentence == sideMention.Sentence && m.TokenStart > sideMention.TokenStart)) ??
               // "talked on the sidelines of a four-nation summit": a summit no grouping names is the gathering when the phrase names it.
               meetings.FirstOrDefault(x => x != side && x.Organization is null && !x.Recalled && x.Held && x.Kind is MeetingKinds.Summit or MeetingKinds.Conference &&
                                            x.Mentions.Any(m => m.GatheringOfASideMeeting && m.Sentence == sideMention.Sentence && m.TokenStart > sideMention.TokenStart));
    }

    private static Meeting? UnderDiscussion(List<Meeting> meetings, Meeting side)
    {
        if (!side.Mentions.Any(ToldOnSidelines)) return null;
        var first = side.Mentions.Min(m => m.Sentence.Index);
        // A conference kept apart by its own time is background, not the gathering under discussion (see ConferenceApart).
        var latest = meetings.Where(x => x != side && x.Mentions.Any(m => m.Sentence.Index < first) && !ConferenceApart.KeptApartByItsTime(x, side))
            .OrderByDescending(x => x.Mentions.Where(m => m.Sentence.Index < first).Max(m => m.Sentence.Index))
            .FirstOrDefault();
        return latest is not null && (IsGathering(latest, side) || (IsUnnamedSummit(latest, side) && !NamesItsGathering(side))) ? latest : null;
    }

    /// <summary>"The sidelines of X" / "the margins of X": the side meeting names a gathering of its own.</summary>
    private static bool NamesItsGathering(Meeting side) =>
        side.Mentions.Any(m => m.AtGathering || Enumerable.Range(0, m.Sentence.Tokens.Count - 1)
            .Any(i => m.Sentence.Tokens[i].Lower is "sidelines" or "margins" or "fringes" && m.Sentence.Tokens[i + 1].Lower == "of"));

    /// <summary>
    /// "The three-day climate summit opened in Osk ... On the sidelines the premier saw the host": a summit or conference no
    /// grouping names is the gathering under discussion too when the side meeting names no gathering of its own (pattern:
    /// "on the sidelines" after the story's own summit).
    /// </summary>
    private static bool IsUnnamedSummit(Meeting x, Meeting side) =>
        x != side && x.Organization is null && !x.Recalled && x.Held && x.Kind is MeetingKinds.Summit or MeetingKinds.Conference;

    /// <summary>
    /// "NATO leaders met in Vilnius on Tuesday ... Macron and Scholz held talks in Vilnius on Tuesday": people meeting in the town
    /// and on the day of a grouping's summit are there for it, said "on the sidelines" or not (pattern: a side meeting told by
    /// its place and day alone). Both days must be told and agree; a phone call is held nowhere.
    /// </summary>
    private static Meeting? SameDayAndTown(List<Meeting> meetings, Meeting side)
    {
        if (side.Recalled || side.Kind == MeetingKinds.PhoneCall || side.Date is not { } day) return null;
        var towns = side.Places.Where(p => p.EntityId is not null).Select(p => p.EntityId!).ToHashSet();
        return meetings.FirstOrDefault(x => IsGathering(x, side) && x.Kind is MeetingKinds.Summit or MeetingKinds.Conference &&
                                            x.Date is { } d && (d.StartsWith(day, StringComparison.Ordinal) || day.StartsWith(d, StringComparison.Ordinal)) &&
                                            x.Places.Any(p => p.EntityId is not null && towns.Contains(p.EntityId)));
    }
}
