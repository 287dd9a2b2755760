namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders signed the accord in the capital ... they had gone together to the Riverside conference in Lisbon",
/// "a peace conference is to be convened in the capital in March": a conference told with a place or date of its own and no one
/// named at it is a multilateral gathering of its own, not more of the signing or talks the story reports, even where it is held
/// in the same town (pattern: news names a conference by its place and time as background to, or follow-up of, the event).
/// </summary>
internal static class ConferenceApart
{
    public const string Note = "a conference told with its own place or time is a gathering apart from a signing or talks";

    public static bool KeepsApart(Meeting meeting, MeetingMention m, int participants)
    {
        var apart = m.Kind == MeetingKinds.Conference && meeting.Kind is MeetingKinds.Signing or MeetingKinds.Talks && participants == 0 &&
                    (m.Places.Count > 0 || m.Date?.Value is not null) && NamesAConference(m);
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }

    /// <summary>
    /// "went together to the Riverside conference in Lisbon": a conference told with its place is a gathering of its own even
    /// naming no one, as a planned one placed somewhere is (pattern: a conference is identified by where it sits).
    /// </summary>
    public static bool PlacedOnItsOwn(MeetingMention m) =>
        m.Kind == MeetingKinds.Conference && m.Places.Count > 0 && NamesAConference(m);

    /// <summary>
    /// "Delegates opened the conference in Varo in May 2009 ... On the sidelines, X and Y met for talks": a gathering
    /// kept apart by a time of its own is background told in its own clause, not the gathering the story's side meetings are held
    /// at; it keeps only the people its own clause names (pattern: an earlier or later stage of a process told by its time).
    /// Kept apart: dated in another month or year than the side meeting, or, the side meeting undated, a conference this rule
    /// kept apart by its own date.
    /// </summary>
    public static bool KeptApartByItsTime(Meeting gathering, Meeting side)
    {
        if (gathering.Date is not { } date) return false;
        if (side.Date is { } sideDate)
        {
            var n = Math.Min(7, Math.Min(date.Length, sideDate.Length));
            return string.CompareOrdinal(date, 0, sideDate, 0, n) != 0;
        }
        return gathering.Mentions.Any(m => m.Date?.Value is not null && m.Notes.Contains(Note));
    }

    /// <summary>
    /// The reference's own words hold the noun "conference" (a "forum" may be a body, "a new security forum"), not as part of a
    /// building's name ("the International Conference Centre").
    /// </summary>
    private static bool NamesAConference(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = m.TokenStart; i < Math.Min(m.TokenEnd, tokens.Count); i++)
            if (tokens[i].Lower is "conference" or "conferences" &&
                !(i + 1 < tokens.Count && tokens[i + 1].Lower is "centre" or "center" or "hall" or "room" or "palace" or "building"))
                return true;
        return false;
    }
}
