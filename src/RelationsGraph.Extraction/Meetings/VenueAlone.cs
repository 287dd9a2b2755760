namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "a state banquet at the Al-Yamamah Palace", "the King received him at the Royal Palace": a reception, or a call paid on a
/// host at his residence, is told by its venue alone; the venue's city is not added beside it, as it is for talks and
/// signings (pattern: the host's house, not the town, is where a reception or a courtesy call sits); so is a ceremony of welcome
/// (see <see cref="WelcomeCeremony"/>).
/// </summary>
internal static class VenueAlone
{
    public const string Rule = "a reception or call at a named venue is held at the venue alone";

    public static bool Tells(Meeting meeting) => meeting.Kind is MeetingKinds.Reception or MeetingKinds.Visit || WelcomeCeremony.Of(meeting);
}
