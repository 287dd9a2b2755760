namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "his first visit to Norland ... talks with the premier in Kessel": once the one town of a visited country is known from the
/// sentences telling the visit (see <see cref="TownOfTheVisitedCountry"/>), the visit is held in that town and the country gives
/// way, as it does for talks (pattern: a country only when nothing finer is named). A visit told with no town, or with several
/// (a tour), stays in the country.
/// </summary>
internal static class VisitedTownAlone
{
    public const string Rule = "the country of the visit gives way to its one town";

    /// <summary>True when the visit's country place is dropped because <paramref name="visitedTown"/> was found for it.</summary>
    public static bool Drops(Meeting meeting, string? visitedTown) => meeting.Kind == MeetingKinds.Visit && visitedTown is not null;
}
