using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Leaders endorse plan at stormy Valmora summit" as a headline, then "The summit was marked by absences ... X attended the
/// summit": the story's own summit is often told first with no one in its sentence, only its town. Naming nobody and no date,
/// such a reference would start no meeting, and the later "the summit" references and their attendance would fall on some
/// recalled or lesser gathering. The first summit or conference an article tells, placed in a town or venue, starts the meeting
/// when later sentences go on about "the summit" (pattern: a news story names its main event first, then refers back to it).
/// </summary>
internal static class StorySummitFirst
{
    /// <summary>How far into the article (sentences, headline and dateline included) the main summit is still told first.</summary>
    private const int OpeningReach = 8;

    private static bool IsSummitKind(string kind) => kind is MeetingKinds.Summit or MeetingKinds.Conference;

    private static bool IsTownOrVenue(Mention p) => p.Kind == MentionKind.Place && p.EntityId is not null && !PlaceLead.DescribesASettlement(p);

    public const string Note = "the story's summit told first without people: later references go on about it";

    /// <summary>True when <paramref name="m"/> is the article's first summit, placed, told in its opening, that a later definite summit reference points back to.</summary>
    public static bool Of(MeetingMention m, IReadOnlyList<MeetingMention> all)
    {
        if (!IsSummitKind(m.Kind) || m.Participants.Count > 0 || m.Organization is not null || m.Date?.Value is not null ||
            m.Planned || m.Speculative || m.Recalled || m.TimeAnchor || m.Attendance || m.Signing || m.RoleOfPerson ||
            m.Sentence.Index > OpeningReach || !m.Places.Any(IsTownOrVenue))
            return false;
        var later = false;
        foreach (var x in all)
        {
            if (x.Sentence.Index <= m.Sentence.Index) continue;
            // "Ministers sign as Valmora summit closes ... the bloc's summit at the convention centre": the grouping's summit
            // carries the story's people and venue itself.
            if (IsSummitKind(x.Kind) && x.Organization is not null && !x.Recalled && !x.Planned) return false;
            if (IsSummitKind(x.Kind) && x.Definite && x.Places.Count == 0 && x.Organization is null && !x.Recalled && !x.Planned && !x.Speculative)
            {
                later = true;
                break;
            }
        }
        if (!later) return false;
        // the first summit or conference the article tells
        foreach (var x in all)
        {
            if (x == m) break;
            if (IsSummitKind(x.Kind)) return false;
        }
        return true;
    }

    /// <summary>
    /// "The summit" told undated points back to the story's summit, not to a conference dated years before the story that was
    /// recalled after it ("reaffirmed the principles of the 2019 conference in Korvan"): such a summit is passed over when
    /// another one fits (pattern: a definite reference keeps to the story's time).
    /// </summary>
    public static bool YearsBeforeTheStory(Meeting x, MeetingMention m, int? storyYear) =>
        m.Date?.Value is null && storyYear is { } year && x.Date is { Length: >= 4 } d && int.TryParse(d[..4], out var y) && y <= year - 2;
}
