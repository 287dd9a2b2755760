namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders held talks in Kenya" in a story filed from Nairobi: once the town is known, talks, a summit, a signing
/// or a dinner are held in that town, and the country adds nothing but a wrong place (pattern: a country only when
/// nothing finer is named). A visit is different: it goes to the country as a whole ("a state visit to Kenya"), so it keeps both
/// here, unless the one town of the visited country is told with it (see <see cref="VisitedTownAlone"/>).
/// </summary>
internal static class CountryGivesWayToTown
{
    public const string Rule = "the country gives way to the town (not a visit)";

    /// <summary>True when the meeting's country place should be dropped because a town within it is given.</summary>
    public static bool Applies(Meeting meeting) => meeting.Kind != MeetingKinds.Visit;
}
