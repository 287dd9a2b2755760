namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Yoon held a bilateral meeting with Li ... Yoon held talks with Kishida": talks naming two people, one of them at a
/// bilateral already told and the other serving a country that bilateral does not have, are a bilateral of their own
/// (pattern: one leader's round of bilaterals with several countries). A newcomer of a country already present is a
/// delegation member joining the same talks, so it still joins.
/// </summary>
internal static class BilateralWithAnotherCountry
{
    public const string Note = "a pair bringing another country: a bilateral of its own";

    public static bool Applies(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants, Func<string, string?> countryOf)
    {
        if (meeting.Kind != MeetingKinds.Talks || m.Kind != MeetingKinds.Talks || participants.Count != 2) return false;
        if (m.Attendance || m.RefersToGroup || m.Definite || m.RoleOfPerson || m.Organization is not null) return false;
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).ToList();
        if (present.Count != 2) return false;
        var countries = present.Select(countryOf).ToList();
        if (countries.Any(c => c is null) || countries[0] == countries[1]) return false;
        var newcomers = participants.Keys.Where(id => !present.Contains(id)).ToList();
        if (newcomers.Count != 1 || countryOf(newcomers[0]) is not { } newCountry || countries.Contains(newCountry)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
