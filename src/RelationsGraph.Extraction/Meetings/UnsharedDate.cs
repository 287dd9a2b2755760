using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two ministers signed the accord in the capital ... Elsewhere, the producers' group, meeting on 3–4 March, agreed to
/// cut output": a reference with a date of its own that names no one, shares no place with an undated gathering, is of
/// another kind and does not point back at it ("the talks") tells another event. It neither joins nor dates that
/// gathering (pattern: a date alone is no bond; a reference joins a gathering through its people, its place or "the").
/// </summary>
internal static class UnsharedDate
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, int participants) =>
        meeting.Date is null && meeting.Held && !meeting.Recalled && m.Date?.Value is not null && participants == 0 &&
        !m.Definite && !m.RefersToGroup && !m.Attendance && !m.AddressesAudience && m.Kind != meeting.Kind && !SharesPlace(meeting, m);

    private static bool SharesPlace(Meeting meeting, MeetingMention m) =>
        m.Places.Count > 0 && meeting.PlaceKey is { } key && NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface) == key;
}
