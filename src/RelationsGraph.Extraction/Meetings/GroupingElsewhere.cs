using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The bloc's leaders closed their summit in the capital on Saturday ... the charter was drafted at the bloc's ministers'
/// meeting on the island in April": a grouping's reference dated and placed in another country or town than the grouping's
/// gathering already told is another of its gatherings (an earlier edition, a ministers' meeting), even when that gathering
/// has no date yet to differ by. It neither joins the gathering nor gives it its date (pattern: one gathering, one place; a
/// dated reference elsewhere tells its own event).
/// </summary>
internal static class GroupingElsewhere
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, Func<string, string?> countryOf, Func<Mention, bool> isTown) =>
        m.Date?.Value is not null && meeting.Date is null && m.Places.Count > 0 && meeting.Places.Count > 0 &&
        (OtherCountry.Applies(meeting, m, countryOf) || OtherCountry.OtherTown(meeting, m, isTown));
}
